package dev.dnnfl.facts;

/**
 * One finished training epoch as the rule packs see it (0-based {@code epoch}). Losses and
 * accuracies are as Keras logs them (training values: the mean over the epoch's batches, dropout
 * active); validation values are NaN without validation data and accuracies NaN for regression.
 * {@code learningRate} is the optimiser's rate during the epoch.
 */
public record EpochFact(int epoch, double trainLoss, double trainAccuracy,
                        double validationLoss, double validationAccuracy, double learningRate) {
    public EpochFact {
        if (epoch < 0) throw new IllegalArgumentException("epoch must be >= 0, found " + epoch);
    }

    /** Whether the training loss is NaN or infinite (DeepDiagnosis R10). */
    public boolean lossInvalid() {
        return !Double.isFinite(trainLoss);
    }

    /** Whether the training accuracy is NaN, infinite or exactly 0 (DeepDiagnosis R12). */
    public boolean accuracyInvalid() {
        return !Double.isFinite(trainAccuracy) || trainAccuracy == 0.0;
    }
}
