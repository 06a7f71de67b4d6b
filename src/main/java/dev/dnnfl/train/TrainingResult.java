package dev.dnnfl.train;

import java.util.List;

/**
 * The outcome of one training run: why it ended, the epochs it ran, and the final metrics in
 * inference mode (test loss and accuracy, NaN when there is no test data or the run diverged
 * into NaN; validation values of the last epoch). {@code millis} is the wall time of the run.
 */
public record TrainingResult(long seed, StopReason stopReason, String stopMessage, int epochsRun, long iterations,
                             List<EpochSummary> epochs, double testLoss, double testAccuracy,
                             double validationLoss, double validationAccuracy, long millis) {
    public TrainingResult {
        epochs = List.copyOf(epochs);
        stopMessage = stopMessage == null ? "" : stopMessage;
    }
}
