package dev.dnnfl.telemetry;

/**
 * One finished epoch (0-based). Training loss and accuracy are as Keras logs them: the mean over
 * the epoch's batches, dropout active. Validation values are NaN when there is no validation
 * data; accuracies are NaN for regression. {@code millis} is the epoch's wall time.
 */
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy,
                          double validationLoss, double validationAccuracy,
                          double learningRate, long millis) {
}
