package dev.dnnfl.deepfd;

import dev.dnnfl.telemetry.EpochRecord;

import java.util.List;
import java.util.Map;

/**
 * What DeepFD keeps of one training run: its check rows in order, the last epoch record (the
 * final-epoch features and the run's final metric), and the activation statistics of its last
 * probe snapshot by Keras layer index (for localising {@code act}). {@code lastEpoch} is null when
 * the run finished no epoch.
 */
public record RunTrace(List<CheckRow> checks, EpochRecord lastEpoch, Map<Integer, ActivationHealth> activations) {
    public RunTrace {
        checks = List.copyOf(checks);
        activations = Map.copyOf(activations);
    }
}
