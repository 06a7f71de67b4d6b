package dev.dnnfl.train;

/**
 * One finished epoch (0-based) as the trainer sees it. Training loss and accuracy are as Keras
 * logs them: the mean over the epoch's batches, dropout active, regularisation included.
 * Validation values are NaN without validation data; accuracies are NaN for regression. An
 * epoch cut short by a stop covers the batches that ran. {@code millis} is its wall time.
 */
public record EpochSummary(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
                           double validationAccuracy, double learningRate, int batches, long millis) {
}
