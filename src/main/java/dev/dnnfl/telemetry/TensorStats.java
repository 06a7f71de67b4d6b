package dev.dnnfl.telemetry;

/**
 * Summary statistics of one tensor (weights, biases, gradients, updates or activations of a
 * layer). Statistics are over the finite values; {@code fractionNonFinite} counts NaN/Inf,
 * {@code fractionZero} exact zeros, {@code fractionSaturated} values in the flat region of a
 * sigmoid/tanh-like activation (0 when the activation has none). {@code count} is the number of
 * elements.
 */
public record TensorStats(double mean, double std, double min, double max, double l2Norm,
                          double fractionZero, double fractionNonFinite, double fractionSaturated,
                          long count) {

    /** Statistics of a tensor that no activation saturates (weights, gradients, updates). */
    public static TensorStats of(org.nd4j.linalg.api.ndarray.INDArray tensor) {
        return of(tensor, null);
    }

    /**
     * Statistics of a tensor; {@code activation} (a Keras name, or null) decides what counts as
     * saturated: outputs whose input lies in the flat tail |x| ≥ 5 of {@code sigmoid},
     * {@code tanh} or {@code softsign} (DeepDiagnosis' bounds, inclusive), or at the clip of
     * {@code hard_sigmoid}.
     */
    public static TensorStats of(org.nd4j.linalg.api.ndarray.INDArray tensor, String activation) {
        float[] v = tensor.dup('c').data().asFloat();
        return of(v, Saturation.of(activation));
    }

    static TensorStats of(float[] v, Saturation saturation) {
        long finite = 0;
        long zero = 0;
        long saturated = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float x : v) {
            if (!Float.isFinite(x)) continue;
            finite++;
            sum += x;
            if (x == 0f) zero++;
            if (x < min) min = x;
            if (x > max) max = x;
            if (saturation.test(x)) saturated++;
        }
        long n = v.length;
        if (finite == 0) {
            return new TensorStats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    0, n == 0 ? 0 : 1, 0, n);
        }
        double mean = sum / finite;
        double squares = 0;
        double deviations = 0;
        for (float x : v) {
            if (!Float.isFinite(x)) continue;
            squares += (double) x * x;
            deviations += (x - mean) * (x - mean);
        }
        return new TensorStats(mean, Math.sqrt(deviations / finite), min, max, Math.sqrt(squares),
                (double) zero / n, (double) (n - finite) / n, (double) saturated / n, n);
    }
}
