package dev.dnnfl.rules;

import dev.dnnfl.facts.DataFact;
import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.spec.DatasetSpec;
import dev.dnnfl.spec.LayerSpec;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.TrainingSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A readable test builder of a whole subject whose static facts go into a session:
 * {@code network(28, 28, 1).add(conv2d(8, 3).activation("relu"), flatten(), dense(10).activation("softmax"))}.
 * Defaults: classification, {@code categorical_crossentropy}, {@code adam} at 0.001, batch 32,
 * 5 epochs. Shapes, first/last flags and Keras names come from the real {@link StaticFacts}.
 */
final class NetworkBuilder implements FactSource {
    private final List<Integer> input;
    private final List<LayerBuilder> layers = new ArrayList<>();
    private final List<DataFact> data = new ArrayList<>();
    private String task = "classification";
    private String loss = "categorical_crossentropy";
    private String optimizer = "adam";
    private double learningRate = 0.001;
    private int batchSize = 32;
    private int epochs = 5;

    private NetworkBuilder(List<Integer> input) {
        this.input = input;
    }

    /** A network whose samples have the given shape (channels last). */
    static NetworkBuilder network(Integer... inputShape) {
        return new NetworkBuilder(List.of(inputShape));
    }

    NetworkBuilder add(LayerBuilder... more) {
        layers.addAll(List.of(more));
        return this;
    }

    NetworkBuilder task(String t) {
        task = t;
        return this;
    }

    NetworkBuilder loss(String l) {
        loss = l;
        return this;
    }

    NetworkBuilder optimizer(String o) {
        optimizer = o;
        return this;
    }

    NetworkBuilder learningRate(double lr) {
        learningRate = lr;
        return this;
    }

    NetworkBuilder batchSize(int b) {
        batchSize = b;
        return this;
    }

    NetworkBuilder epochs(int e) {
        epochs = e;
        return this;
    }

    NetworkBuilder data(DataFact split) {
        data.add(split);
        return this;
    }

    /** The subject, with Keras' layer names ({@code dense}, {@code dense_1}, …). */
    Subject subject() {
        List<LayerSpec> specs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (LayerBuilder b : layers) {
            int n = seen.merge(b.type(), 1, Integer::sum) - 1;
            specs.add(b.spec(specs.size(), n == 0 ? b.type() : b.type() + "_" + n));
        }
        DatasetSpec dataset = new DatasetSpec("synthetic:blobs", null, null, 100, 0, 0.1, 1, true, List.of(),
                Map.of(), input, null, List.of(), null);
        TrainingSpec training = new TrainingSpec(optimizer, learningRate, loss, batchSize, epochs, Map.of());
        return new Subject("test", task, dataset, specs, training, Optional.empty(), null,
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("id", "test"), null);
    }

    StaticFacts staticFacts() {
        return StaticFacts.of(subject(), input, data);
    }

    @Override
    public List<Object> facts() {
        return staticFacts().all();
    }
}
