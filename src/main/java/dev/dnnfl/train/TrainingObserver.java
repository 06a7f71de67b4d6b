package dev.dnnfl.train;

import java.util.Optional;

/**
 * Watches a training run as it happens and may ask the trainer to stop it (the live rules end
 * doomed runs this way). Called on the training thread, in order: {@link #onStart}, then per
 * iteration {@link #onIteration}, per epoch {@link #onEpochEnd}, and {@link #onEnd} once.
 * The trainer asks {@link #stopRequest} after every iteration and epoch and stops cleanly.
 *
 * <p>An observer that is also a DL4J {@code TrainingListener} is registered on the network too,
 * so it sees gradients and parameter updates as DL4J computes them.
 */
public interface TrainingObserver {
    /** Training is about to start on a built network. */
    default void onStart(TrainingRun run) {
    }

    /**
     * One training iteration (0-based, counted over the whole run) finished: its batch loss
     * and batch accuracy (NaN for regression), as Keras computes them during fit.
     */
    default void onIteration(long iteration, int epoch, double loss, double accuracy) {
    }

    /** An epoch finished (or was cut short by a stop). */
    default void onEpochEnd(EpochSummary epoch) {
    }

    /** The run is over. */
    default void onEnd(TrainingResult result) {
    }

    /** A reason to stop training now, or empty to go on. */
    default Optional<String> stopRequest() {
        return Optional.empty();
    }
}
