package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * DeepFD's five fault-seeding operators as patches on a subject (spec deepfd.md §5.1–5.2), with
 * the original's value sets. The learning rate is kept as seeded (the original lost it to a
 * keyword filter, defect 5).
 */
public enum DeepFdOperator implements MutationOperator {
    /** Optimiser: another of sgd, rmsprop, adam, adadelta, adagrad (exact-name exclusion). */
    OPT,
    /** Learning rate: up to one of 1…10 or down to one of 1e-10…1e-15, with probability ½ each. */
    LR,
    /** Loss: a regression loss for a probabilistic one and the reverse; otherwise any of the six. */
    LOSS,
    /** Epochs: divided by one of 10…50 (at least 1); only ever reduced. */
    EPOCH,
    /** Activation of the last layer that owns one (standalone activation layers skipped). */
    ACT;

    static final List<String> OPTIMIZERS = List.of("sgd", "rmsprop", "adam", "adadelta", "adagrad");
    static final List<Double> LR_UP = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    static final List<Double> LR_DOWN = List.of(1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15);
    static final List<String> PROBABILISTIC = List.of("categorical_crossentropy", "sparse_categorical_crossentropy",
            "binary_crossentropy");
    static final List<String> REGRESSION = List.of("mean_absolute_error", "mean_absolute_percentage_error",
            "mean_squared_error");
    static final List<Integer> EPOCH_DIVISORS = List.of(10, 20, 30, 40, 50);
    static final List<String> ACTIVATIONS = List.of("relu", "sigmoid", "softmax", "softplus", "softsign", "tanh",
            "selu", "elu", "linear");
    /** DeepFD's default learning rate when a program sets none. */
    static final double DEFAULT_LEARNING_RATE = 0.01;

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Mutation> draw(JsonNode subject, Random random) {
        return switch (this) {
            case OPT, LOSS, ACT -> pick(neighbours(subject), random);
            case LR -> {
                double current = subject.path("training").path("learning_rate").asDouble(DEFAULT_LEARNING_RATE);
                double value = current;
                // The original redraws at most 10 times while the value equals the current one.
                for (int attempt = 0; attempt < 10 && value == current; attempt++) {
                    List<Double> side = random.nextBoolean() ? LR_UP : LR_DOWN;
                    value = side.get(random.nextInt(side.size()));
                }
                yield value == current ? Optional.empty() : Optional.of(learningRate(subject, value));
            }
            case EPOCH -> {
                int current = subject.path("training").path("epochs").asInt(1);
                int value = reducedEpochs(current, EPOCH_DIVISORS.get(random.nextInt(EPOCH_DIVISORS.size())));
                yield value == current ? Optional.empty()
                        : Optional.of(mutation("/training/epochs", subject, JsonNodeFactory.instance.numberNode(value), String.valueOf(value)));
            }
        };
    }

    @Override
    public List<Mutation> neighbours(JsonNode subject) {
        List<Mutation> out = new ArrayList<>();
        switch (this) {
            case OPT -> {
                String current = subject.path("training").path("optimizer").asText("");
                for (String o : OPTIMIZERS) {
                    if (!o.equals(current)) out.add(mutation("/training/optimizer", subject, JsonNodeFactory.instance.textNode(o), o));
                }
            }
            case LR -> {
                double current = subject.path("training").path("learning_rate").asDouble(DEFAULT_LEARNING_RATE);
                for (List<Double> side : List.of(LR_UP, LR_DOWN)) {
                    for (double v : side) if (v != current) out.add(learningRate(subject, v));
                }
            }
            case LOSS -> {
                String current = subject.path("training").path("loss").asText("");
                List<String> choices = PROBABILISTIC.contains(current) ? REGRESSION
                        : REGRESSION.contains(current) ? PROBABILISTIC
                        : concat(PROBABILISTIC, REGRESSION);
                for (String l : choices) {
                    if (!l.equals(current)) out.add(mutation("/training/loss", subject, JsonNodeFactory.instance.textNode(l), l));
                }
            }
            case EPOCH -> {
                int current = subject.path("training").path("epochs").asInt(1);
                Set<Integer> values = new LinkedHashSet<>();
                for (int t : EPOCH_DIVISORS) values.add(reducedEpochs(current, t));
                for (int v : values) {
                    if (v != current) out.add(mutation("/training/epochs", subject, JsonNodeFactory.instance.numberNode(v), String.valueOf(v)));
                }
            }
            case ACT -> {
                int layer = lastActivationLayer(subject);
                if (layer < 0) break;
                String current = subject.path("layers").get(layer).path("activation").asText("linear");
                for (String a : ACTIVATIONS) {
                    if (!a.equals(current)) {
                        out.add(mutation("/layers/" + layer + "/activation", subject, JsonNodeFactory.instance.textNode(a), a));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The Keras index of the last layer that owns an activation, scanning from the end and skipping
     * standalone activation layers (a dense or conv2d layer owns one even when the field is absent:
     * Keras' default is linear), or -1 when there is none.
     */
    public static int lastActivationLayer(JsonNode subject) {
        JsonNode layers = subject.path("layers");
        for (int i = layers.size() - 1; i >= 0; i--) {
            JsonNode layer = layers.get(i);
            String type = layer.path("type").asText();
            if (type.equals("activation")) continue;
            if (layer.has("activation") || type.equals("dense") || type.equals("conv2d")) return i;
        }
        return -1;
    }

    // §5.2 epoch: new = max(1, floor(current / t)); when that equals current, new = max(1, min(10, new) - 1).
    static int reducedEpochs(int current, int divisor) {
        int value = Math.max(1, current / divisor);
        if (value == current) value = Math.max(1, Math.min(10, value) - 1);
        return value;
    }

    private Mutation learningRate(JsonNode subject, double value) {
        return mutation("/training/learning_rate", subject, JsonNodeFactory.instance.numberNode(value), format(value));
    }

    private Mutation mutation(String path, JsonNode subject, JsonNode value, String valueName) {
        ArrayNode patch = JsonNodeFactory.instance.arrayNode();
        ObjectNode op = patch.addObject();
        // "replace" needs the member to exist; "add" sets a member that is absent (RFC 6902).
        op.put("op", subject.at(path).isMissingNode() ? "add" : "replace");
        op.put("path", path);
        op.set("value", value);
        return new Mutation(key(), key() + "_" + valueName, patch);
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toString().toLowerCase(Locale.ROOT).replace("e+", "e");
    }

    private static <T> Optional<T> pick(List<T> choices, Random random) {
        return choices.isEmpty() ? Optional.empty() : Optional.of(choices.get(random.nextInt(choices.size())));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
