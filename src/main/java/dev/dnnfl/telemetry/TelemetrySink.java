package dev.dnnfl.telemetry;

import java.util.Optional;

/**
 * Receives telemetry as training produces it, in order: iterations, layer snapshots, then the
 * epoch record at each epoch end. A sink may ask the trainer to stop (the live rules do this to
 * end a doomed run early); the trainer asks after every record and stops cleanly.
 */
public interface TelemetrySink {
    /** A run starts; called before any record. */
    default void onStart(RunInfo run) {
    }

    default void onIteration(IterationRecord iteration) {
    }

    default void onLayerSnapshot(LayerSnapshot snapshot) {
    }

    default void onEpoch(EpochRecord epoch) {
    }

    /** The run ended; called once, after every record. */
    default void onEnd(dev.dnnfl.train.TrainingResult outcome) {
    }

    /** A reason to stop training now, or empty to go on. */
    default Optional<String> stopRequest() {
        return Optional.empty();
    }
}
