package dev.dnnfl.deepfd;

import dev.dnnfl.telemetry.EpochRecord;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One value of a run's last epoch-log row that DeepFD uses as a feature as it is (spec deepfd.md
 * §2.6, features 0–3): validation loss and accuracy, training loss and accuracy.
 */
public enum FinalEpochValue {
    VAL_LOSS("val_loss"), VAL_ACCURACY("val_accuracy"), LOSS("loss"), ACCURACY("accuracy");

    private final String key;

    FinalEpochValue(String key) {
        this.key = key;
    }

    /** The Keras log key ({@code val_accuracy}). */
    public String key() {
        return key;
    }

    /** This value in an epoch record (NaN when the run has none). */
    public double of(EpochRecord epoch) {
        if (epoch == null) return Double.NaN;
        return switch (this) {
            case VAL_LOSS -> epoch.validationLoss();
            case VAL_ACCURACY -> epoch.validationAccuracy();
            case LOSS -> epoch.trainLoss();
            case ACCURACY -> epoch.trainAccuracy();
        };
    }

    /** The value of a key, or an {@link IllegalArgumentException} listing the known ones. */
    public static FinalEpochValue parse(String key) {
        for (FinalEpochValue v : values()) {
            if (v.key.equals(key)) return v;
        }
        throw new IllegalArgumentException("unknown final-epoch value '" + key + "' (expected one of: "
                + Arrays.stream(values()).map(FinalEpochValue::key).collect(Collectors.joining(", ")) + ")");
    }
}
