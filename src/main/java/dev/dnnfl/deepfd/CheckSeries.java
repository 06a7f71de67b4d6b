package dev.dnnfl.deepfd;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One column of DeepFD's check row (spec deepfd.md §2.4–2.5): the 18 runtime indicators in the
 * monitor's order, then the four last history values. Flags and counters are numbers (false = 0,
 * true = 1), the spec's fix for its mixed-type defect (§3.2).
 */
public enum CheckSeries {
    NOT_CONVERGE, UNSTABLE_LOSS, NAN_LOSS, TEST_NOT_WELL, TEST_TURN_BAD, SC_ACCURACY,
    DIED_RELU, VANISH_GRADIENT, EXPLODE_GRADIENT, NAN_GRADIENT, LARGE_WEIGHT, NAN_WEIGHT,
    WEIGHT_CHANGE_LITTLE, DECREASE_ACC, INCREASE_LOSS, CONS_MEAN_WEIGHT, CONS_STD_WEIGHT, NAN_ACC,
    LOSS, ACC, VAL_LOSS, VAL_ACC;

    /** The name DeepFD gives the column ({@code died_relu}, {@code loss}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The series of a column name, or an {@link IllegalArgumentException} listing the known ones. */
    public static CheckSeries parse(String key) {
        for (CheckSeries s : values()) {
            if (s.key().equals(key)) return s;
        }
        throw new IllegalArgumentException("unknown series '" + key + "' (expected one of: "
                + Arrays.stream(values()).map(CheckSeries::key).collect(Collectors.joining(", ")) + ")");
    }
}
