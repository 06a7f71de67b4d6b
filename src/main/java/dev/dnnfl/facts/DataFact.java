package dev.dnnfl.facts;

import dev.dnnfl.data.DatasetStats;
import dev.dnnfl.data.SplitStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Statistics of one data split ({@code train}, {@code validation} or {@code test}) after
 * preprocessing, as the rule packs see them: the number of samples, the shape of one sample
 * (channels last), min/max/mean/std of the inputs over finite values, the count of NaN and
 * infinite input values, the label range, whether every label is a whole number, and the count
 * of samples per class id (empty for regression; for labels given as target rows {@code [n, k]},
 * per column the samples whose value there is above 0.5, see {@link SplitStats}).
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

    /**
     * The fact of one split's statistics: the sample axis is dropped from the shape, labels are
     * whole numbers when none is fractional or non-finite, and class counts are listed by class
     * id from 0 to the largest id seen (negative ids are left out).
     */
    public static DataFact from(SplitStats s) {
        List<Integer> sampleShape = new ArrayList<>();
        for (int i = 1; i < s.shape().size(); i++) sampleShape.add(Math.toIntExact(s.shape().get(i)));
        long largest = s.classCounts().keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
        List<Long> counts = new ArrayList<>();
        for (long id = 0; id <= largest; id++) counts.add(s.classCounts().getOrDefault(id, 0L));
        return new DataFact(s.split(), s.samples(), sampleShape, s.min(), s.max(), s.mean(), s.std(), s.nanCount(),
                s.infCount(), s.labelMin(), s.labelMax(), s.nonIntegerLabels() == 0 && s.labelNanCount() == 0, counts);
    }

    /** The facts of every non-empty split of a dataset: train, validation, test. */
    public static List<DataFact> from(DatasetStats stats) {
        List<DataFact> facts = new ArrayList<>();
        for (SplitStats s : List.of(stats.train(), stats.validation(), stats.test())) {
            if (s != null && s.samples() > 0) facts.add(from(s));
        }
        return facts;
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
