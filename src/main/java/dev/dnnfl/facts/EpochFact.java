package dev.dnnfl.facts;

/**
 * One finished training epoch as the rule packs see it (0-based {@code epoch}). Losses and
 * accuracies are as Keras logs them; validation values are NaN without validation data and
 * accuracies NaN for regression. {@code learningRate} is the optimiser's rate during the epoch.
 *
 * <p>Derived values, computed by {@link TelemetryFacts} from the run's earlier epochs so that the
 * rules stay free of windows and joins: {@code trainLossChange} and {@code validationLossChange}
 * are the differences to the previous epoch (NaN at epoch 0, UMLAUT H10);
 * {@code lossUnchangedEpochs} and {@code accuracyUnchangedEpochs} count the consecutive epochs,
 * ending with this one, over which the value stayed exactly the same (1 when it just changed;
 * NaN never equals anything, so a NaN value counts 1). DeepDiagnosis' "constant window of N"
 * (R11, R13) is "unchanged for at least N epochs" at the window's last epoch.
 */
public record EpochFact(int epoch, double trainLoss, double trainAccuracy,
                        double validationLoss, double validationAccuracy, double learningRate,
                        double trainLossChange, double validationLossChange,
                        int lossUnchangedEpochs, int accuracyUnchangedEpochs) {
    public EpochFact {
        if (epoch < 0) throw new IllegalArgumentException("epoch must be >= 0, found " + epoch);
        if (lossUnchangedEpochs < 1 || accuracyUnchangedEpochs < 1) {
            throw new IllegalArgumentException("unchanged-epoch counts must be >= 1, found "
                    + lossUnchangedEpochs + " and " + accuracyUnchangedEpochs);
        }
    }

    /** Whether the training loss is NaN or infinite (DeepDiagnosis R10). */
    public boolean lossInvalid() {
        return !Double.isFinite(trainLoss);
    }
}
