package dev.dnnfl.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summary statistics of one split, the data facts the rule packs check (NeuraLint's and UMLAUT's
 * un-normalised inputs, NaN in the data, label range). {@code shape} is the features' Keras shape
 * including the sample axis. {@code min}, {@code max}, {@code mean} and {@code std} (population)
 * are over the finite input values only, NaN when there is none; {@code nanCount} and
 * {@code infCount} count the others. The label figures likewise: {@code labelMin},
 * {@code labelMax} over finite labels, {@code labelNanCount} non-finite labels,
 * {@code nonIntegerLabels} finite labels that are not whole numbers (e.g. class ids divided by
 * 255), and {@code classCounts} the number of samples per whole-number label, sorted by label.
 *
 * <p>When the labels are target rows ({@code [n, k]}, k > 1), the label figures are over every
 * value of the rows, and {@code classCounts} maps each column 0..k−1 to its positives: the
 * samples whose value in that column is above 0.5 (the threshold of Keras' binary accuracy), so
 * for one- or multi-hot rows the number of samples carrying that class.
 */
public record SplitStats(String split, long samples, List<Long> shape, double min, double max, double mean,
                         double std, long nanCount, long infCount, double labelMin, double labelMax,
                         long labelNanCount, long nonIntegerLabels, Map<Long, Long> classCounts) {
    public SplitStats {
        shape = List.copyOf(shape);
        classCounts = java.util.Collections.unmodifiableMap(new TreeMap<>(classCounts));
    }

    /** The statistics of {@code split}, named {@code name}. */
    public static SplitStats of(String name, Split split) {
        List<Long> shape = Arrays.stream(split.features().shape()).boxed().toList();
        float[] x = values(split.features());
        float[] y = values(split.labels());
        long nan = 0;
        long inf = 0;
        long finite = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (float v : x) {
            if (Float.isNaN(v)) {
                nan++;
            } else if (Float.isInfinite(v)) {
                inf++;
            } else {
                finite++;
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
        }
        double mean = finite == 0 ? Double.NaN : sum / finite;
        double squares = 0;
        for (float v : x) {
            if (Float.isFinite(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double std = finite == 0 ? Double.NaN : Math.sqrt(squares / finite);
        long labelNan = 0;
        long nonInteger = 0;
        double labelMin = Double.POSITIVE_INFINITY;
        double labelMax = Double.NEGATIVE_INFINITY;
        Map<Long, Long> counts = new TreeMap<>();
        int columns = Math.toIntExact(split.labelColumns());
        if (columns > 1) {
            for (long c = 0; c < columns; c++) {
                counts.put(c, 0L);
            }
        }
        for (int i = 0; i < y.length; i++) {
            float v = y[i];
            if (!Float.isFinite(v)) {
                labelNan++;
                continue;
            }
            labelMin = Math.min(labelMin, v);
            labelMax = Math.max(labelMax, v);
            if (v != Math.rint(v)) {
                nonInteger++;
            }
            if (columns > 1) {
                if (v > 0.5) {
                    counts.merge((long) (i % columns), 1L, Long::sum);
                }
            } else if (v == Math.rint(v)) {
                counts.merge((long) v, 1L, Long::sum);
            }
        }
        boolean anyLabel = y.length > labelNan;
        return new SplitStats(name, split.size(), shape, finite == 0 ? Double.NaN : min, finite == 0 ? Double.NaN : max,
                mean, std, nan, inf, anyLabel ? labelMin : Double.NaN, anyLabel ? labelMax : Double.NaN, labelNan,
                nonInteger, new TreeMap<>(counts));
    }

    /** Whether the split has input values that are NaN or infinite. */
    public boolean hasNonFiniteInputs() {
        return nanCount + infCount > 0;
    }

    private static float[] values(INDArray array) {
        if (array.length() == 0) {
            return new float[0];
        }
        return array.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }
}
