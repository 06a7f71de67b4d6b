package dev.dnnfl.deepfd;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Max;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Min;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One of DeepFD's eight per-run statistics of a check series (spec deepfd.md §3.1), with pandas'
 * semantics, which the original used: {@code std}, {@code var} and {@code sem} divide by n − 1
 * and are NaN for n &lt; 2; {@code skew} is the adjusted Fisher–Pearson G1, NaN for n &lt; 3 and
 * 0 for a constant series; {@code median} averages the two middle values when n is even. An
 * empty series gives NaN everywhere. The feature vector turns NaN and ±∞ into 0 (§7.4).
 */
public enum SeriesStatistic {
    MEAN, STD, SKEW, MEDIAN, VAR, SEM, MAX, MIN;

    /** The name in a feature name ({@code ft_loss_skew}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This statistic of the values. */
    public double of(double[] values) {
        int n = values.length;
        if (n == 0) return Double.NaN;
        return switch (this) {
            case MEAN -> new Mean().evaluate(values);
            // Commons Math gives 0 for n = 1 where pandas gives NaN: follow pandas.
            case STD -> n < 2 ? Double.NaN : new StandardDeviation(true).evaluate(values);
            case VAR -> n < 2 ? Double.NaN : new Variance(true).evaluate(values);
            case SEM -> n < 2 ? Double.NaN : new StandardDeviation(true).evaluate(values) / Math.sqrt(n);
            // Commons Math's Skewness is the same G1 (NaN below 3 values) but NaN for a constant
            // series, where pandas gives 0.
            case SKEW -> n >= 3 && new Max().evaluate(values) == new Min().evaluate(values) ? 0.0
                    : new Skewness().evaluate(values);
            // Commons Math's default (legacy) estimate interpolates halfway between the middle values.
            case MEDIAN -> new Median().evaluate(values);
            case MAX -> new Max().evaluate(values);
            case MIN -> new Min().evaluate(values);
        };
    }

    /** The statistic of a key, or an {@link IllegalArgumentException} listing the known ones. */
    public static SeriesStatistic parse(String key) {
        for (SeriesStatistic s : values()) {
            if (s.key().equals(key)) return s;
        }
        throw new IllegalArgumentException("unknown statistic '" + key + "' (expected one of: "
                + Arrays.stream(values()).map(SeriesStatistic::key).collect(Collectors.joining(", ")) + ")");
    }
}
