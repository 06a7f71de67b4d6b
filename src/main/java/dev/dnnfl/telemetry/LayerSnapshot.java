package dev.dnnfl.telemetry;

import java.util.EnumMap;
import java.util.Map;

/**
 * Statistics of one layer at one moment of training. {@code layer} is the Keras index of the
 * subject's layer (not DL4J's). {@code probe} is true for the epoch-end snapshot taken on the
 * fixed probe batch in inference mode (activations and the gradients DeepDiagnosis checks);
 * false for a sampled training iteration. Quantities the layer does not have are absent.
 */
public record LayerSnapshot(int layer, int epoch, long iteration, boolean probe,
                            Map<Quantity, TensorStats> stats) {
    public LayerSnapshot {
        stats = stats.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(stats));
    }

    /** The statistics of one quantity, or null when the layer has none. */
    public TensorStats get(Quantity quantity) {
        return stats.get(quantity);
    }
}
