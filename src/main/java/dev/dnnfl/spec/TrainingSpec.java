package dev.dnnfl.spec;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a subject is trained, in Keras' names: optimiser, learning rate, loss, batch size, epochs,
 * and the optimiser's own parameters ({@code momentum}, {@code nesterov}, {@code rho},
 * {@code epsilon}, {@code beta_1}, {@code beta_2}, {@code decay}); absent ones take Keras' defaults.
 */
public record TrainingSpec(String optimizer, double learningRate, String loss, int batchSize,
                           int epochs, Map<String, Double> optimizerParameters) {
    public TrainingSpec {
        optimizerParameters = Map.copyOf(new TreeMap<>(optimizerParameters));
    }

    /** An optimiser parameter, or the given default when absent. */
    public double optimizerParameter(String key, double defaultValue) {
        return optimizerParameters.getOrDefault(key, defaultValue);
    }
}
