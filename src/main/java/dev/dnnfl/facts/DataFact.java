package dev.dnnfl.facts;

import java.util.List;
import java.util.Objects;

/**
 * Statistics of one data split ({@code train}, {@code validation} or {@code test}) after
 * preprocessing, as the rule packs see them: the number of samples, the shape of one sample
 * (channels last), min/max/mean/std of the inputs over finite values, the count of NaN and
 * infinite input values, the label range, whether every label is a whole number, and the count
 * of samples per class id (empty for regression).
 */
public record DataFact(String split, long samples, List<Integer> sampleShape,
                       double min, double max, double mean, double std,
                       long nanCount, long infCount,
                       double labelMin, double labelMax, boolean integerLabels,
                       List<Long> classCounts) {
    public DataFact {
        Objects.requireNonNull(split, "split");
        if (samples < 0) throw new IllegalArgumentException("samples must be >= 0, found " + samples);
        sampleShape = List.copyOf(sampleShape);
        classCounts = List.copyOf(classCounts);
    }

    /** The number of classes that occur in the split (0 for regression). */
    public int classesPresent() {
        return (int) classCounts.stream().filter(c -> c > 0).count();
    }

    /** The number of non-finite input values. */
    public long nonFiniteCount() {
        return nanCount + infCount;
    }
}
