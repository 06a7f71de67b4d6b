package dev.dnnfl.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A subject's model and training set-up as the rule packs see it: task ({@code classification}
 * or {@code regression}), loss, optimiser and learning rate (Keras names), batch size, epochs,
 * the optimiser's own parameters, the number of layers, the input shape of one sample
 * (channels last, no batch dimension), the output width of the last layer, and counts of
 * convolution and pooling layers.
 */
public record ModelFact(String subjectId, String task, String loss, String optimizer,
                        double learningRate, int batchSize, int epochs,
                        Map<String, Double> optimizerParameters, int layerCount,
                        List<Integer> inputShape, int outputWidth, int convCount, int poolCount) {
    public ModelFact {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(optimizer, "optimizer");
        optimizerParameters = Map.copyOf(new TreeMap<>(optimizerParameters));
        inputShape = List.copyOf(inputShape);
    }

    /** Whether the subject is a classification task. */
    public boolean classification() {
        return task.equals("classification");
    }

    /** An optimiser parameter, or the given default when absent. */
    public double optimizerParameter(String key, double defaultValue) {
        return optimizerParameters.getOrDefault(key, defaultValue);
    }
}
