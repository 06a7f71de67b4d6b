package dev.dnnfl.deepfd;

import java.util.Arrays;
import java.util.List;

/**
 * Min–max scaling of features, fitted on the training set and saved with the classifiers so a
 * diagnosis scales its runs as the training rows were scaled (the spec's fix for defect 9,
 * §8.2). A feature constant over the training rows scales to 0. Values outside the training
 * range are not clipped.
 */
public record FeatureScaling(double[] min, double[] max) {
    public FeatureScaling {
        if (min.length != max.length) throw new IllegalArgumentException("min has " + min.length + " values, max " + max.length);
        min = min.clone();
        max = max.clone();
    }

    /** The scaling of the given feature vectors (at least one). */
    public static FeatureScaling fit(List<double[]> rows) {
        if (rows.isEmpty()) throw new IllegalArgumentException("cannot fit scaling on no rows");
        int n = rows.get(0).length;
        double[] min = new double[n];
        double[] max = new double[n];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] r : rows) {
            for (int i = 0; i < n; i++) {
                min[i] = Math.min(min[i], r[i]);
                max[i] = Math.max(max[i], r[i]);
            }
        }
        return new FeatureScaling(min, max);
    }

    /** The scaled copy of a feature vector. */
    public double[] apply(double[] features) {
        if (features.length != min.length) {
            throw new IllegalArgumentException("expected " + min.length + " features, found " + features.length);
        }
        double[] out = new double[features.length];
        for (int i = 0; i < out.length; i++) {
            double range = max[i] - min[i];
            out[i] = range > 0 ? (features[i] - min[i]) / range : 0.0;
        }
        return out;
    }

    @Override
    public double[] min() {
        return min.clone();
    }

    @Override
    public double[] max() {
        return max.clone();
    }
}
