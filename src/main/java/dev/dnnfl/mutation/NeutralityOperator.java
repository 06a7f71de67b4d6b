package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.spec.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The mutation operators of the study's neutrality analysis (Table 2), each changing exactly one
 * hyperparameter of a subject: activation, kernel and bias initialiser, loss, optimiser, learning
 * rate (x10, /10), epochs (x2, /2), batch size, a hidden weighted layer duplicated or deleted
 * (never the output layer), and the units of a hidden dense layer (x2, /2).
 */
public enum NeutralityOperator implements MutationOperator {
    ACTIVATION, KERNEL_INITIALIZER, BIAS_INITIALIZER, LOSS, OPTIMIZER, LEARNING_RATE, EPOCHS,
    BATCH_SIZE, LAYER, UNITS;

    /** The batch sizes the study's operator chooses from. */
    public static final List<Integer> BATCH_SIZES = List.of(16, 32, 64, 128, 256, 512);
    /** The study's optimisers (Table 2). */
    public static final List<String> OPTIMIZERS = List.of("sgd", "rmsprop", "adagrad", "adadelta", "adam", "adamax", "nadam");

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A neighbour drawn uniformly from {@link #neighbours}. */
    @Override
    public Optional<Mutation> draw(JsonNode subject, Random random) {
        List<Mutation> all = neighbours(subject);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(random.nextInt(all.size())));
    }

    @Override
    public List<Mutation> neighbours(JsonNode subject) {
        List<Mutation> out = new ArrayList<>();
        JsonNode layers = subject.path("layers");
        JsonNode training = subject.path("training");
        int output = lastWeightedLayer(layers);
        switch (this) {
            case ACTIVATION -> {
                for (int i = 0; i < layers.size(); i++) {
                    JsonNode layer = layers.get(i);
                    if (!Vocabulary.TYPES_WITH_ACTIVATION.contains(layer.path("type").asText())) continue;
                    String current = layer.path("activation").asText(Vocabulary.DEFAULT_ACTIVATION);
                    for (String a : Vocabulary.MUTATION_ACTIVATIONS) {
                        if (!a.equals(current)) out.add(replace(subject, "/layers/" + i + "/activation", text(a), "act" + i + "_" + a));
                    }
                }
            }
            case KERNEL_INITIALIZER, BIAS_INITIALIZER -> {
                String field = this == KERNEL_INITIALIZER ? "kernel_initializer" : "bias_initializer";
                String prefix = this == KERNEL_INITIALIZER ? "ki" : "bi";
                for (int i = 0; i < layers.size(); i++) {
                    JsonNode layer = layers.get(i);
                    if (!Vocabulary.TYPES_WITH_KERNEL.contains(layer.path("type").asText())) continue;
                    if (this == BIAS_INITIALIZER && !layer.path("use_bias").asBoolean(true)) continue;
                    String current = initializerName(layer.path(field),
                            this == KERNEL_INITIALIZER ? Vocabulary.DEFAULT_KERNEL_INITIALIZER : Vocabulary.DEFAULT_BIAS_INITIALIZER);
                    for (String init : Vocabulary.MUTATION_INITIALIZERS) {
                        if (!init.equals(current)) out.add(replace(subject, "/layers/" + i + "/" + field, text(init), prefix + i + "_" + init));
                    }
                }
            }
            case LOSS -> {
                boolean regression = subject.path("task").asText().equals("regression");
                String current = training.path("loss").asText();
                for (String l : regression ? Vocabulary.REGRESSION_LOSSES : Vocabulary.CLASSIFICATION_LOSSES) {
                    if (!l.equals(current)) out.add(replace(subject, "/training/loss", text(l), "loss_" + l));
                }
            }
            case OPTIMIZER -> {
                String current = training.path("optimizer").asText();
                for (String o : OPTIMIZERS) {
                    if (!o.equals(current)) out.add(replace(subject, "/training/optimizer", text(o), "optimizer_" + o));
                }
            }
            case LEARNING_RATE -> {
                double lr = training.path("learning_rate").asDouble();
                // decimal arithmetic: 0.001 x 10 is 0.01, not 0.010000000000000002
                java.math.BigDecimal rate = java.math.BigDecimal.valueOf(lr);
                out.add(replace(subject, "/training/learning_rate", number(rate.scaleByPowerOfTen(1).doubleValue()), "lr_x10"));
                out.add(replace(subject, "/training/learning_rate", number(rate.scaleByPowerOfTen(-1).doubleValue()), "lr_/10"));
            }
            case EPOCHS -> {
                int epochs = training.path("epochs").asInt();
                out.add(replace(subject, "/training/epochs", JsonNodeFactory.instance.numberNode(epochs * 2), "epochs_x2"));
                if (epochs / 2 >= 1) out.add(replace(subject, "/training/epochs", JsonNodeFactory.instance.numberNode(epochs / 2), "epochs_/2"));
            }
            case BATCH_SIZE -> {
                int current = training.path("batch_size").asInt();
                for (int b : BATCH_SIZES) {
                    if (b != current) out.add(replace(subject, "/training/batch_size", JsonNodeFactory.instance.numberNode(b), "batch_size_" + b));
                }
            }
            case LAYER -> {
                for (int i = 0; i < output; i++) {
                    JsonNode layer = layers.get(i);
                    if (!Vocabulary.TYPES_WITH_KERNEL.contains(layer.path("type").asText())) continue;
                    ArrayNode delete = JsonNodeFactory.instance.arrayNode();
                    delete.addObject().put("op", "remove").put("path", "/layers/" + i);
                    out.add(new Mutation(key(), "layer" + i + "_delete", delete));
                    ArrayNode duplicate = JsonNodeFactory.instance.arrayNode();
                    ObjectNode add = duplicate.addObject().put("op", "add").put("path", "/layers/" + (i + 1));
                    ObjectNode copy = layer.deepCopy();
                    copy.remove("name"); // Keras names the copy itself
                    add.set("value", copy);
                    out.add(new Mutation(key(), "layer" + i + "_duplicate", duplicate));
                }
            }
            case UNITS -> {
                for (int i = 0; i < output; i++) {
                    JsonNode layer = layers.get(i);
                    if (!layer.path("type").asText().equals("dense")) continue;
                    int units = layer.path("units").asInt();
                    out.add(replace(subject, "/layers/" + i + "/units", JsonNodeFactory.instance.numberNode(units * 2), "units" + i + "_x2"));
                    if (units / 2 >= 1) {
                        out.add(replace(subject, "/layers/" + i + "/units", JsonNodeFactory.instance.numberNode(units / 2), "units" + i + "_/2"));
                    }
                }
            }
        }
        return out;
    }

    /** Every neighbour of the subject over all operators, in operator order. */
    public static List<Mutation> allNeighbours(JsonNode subject) {
        List<Mutation> all = new ArrayList<>();
        for (NeutralityOperator op : values()) all.addAll(op.neighbours(subject));
        return all;
    }

    private static int lastWeightedLayer(JsonNode layers) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (Vocabulary.TYPES_WITH_KERNEL.contains(layers.get(i).path("type").asText())) return i;
        }
        return -1;
    }

    private static String initializerName(JsonNode node, String defaultName) {
        if (node.isMissingNode() || node.isNull()) return defaultName;
        return node.isTextual() ? node.asText() : node.path("name").asText(defaultName);
    }

    private static JsonNode text(String s) {
        return JsonNodeFactory.instance.textNode(s);
    }

    private static JsonNode number(double d) {
        return JsonNodeFactory.instance.numberNode(d);
    }

    private Mutation replace(JsonNode subject, String path, JsonNode value, String name) {
        ArrayNode patch = JsonNodeFactory.instance.arrayNode();
        patch.addObject().put("op", subject.at(path).isMissingNode() ? "add" : "replace").put("path", path).set("value", value);
        return new Mutation(key(), name, patch);
    }
}
