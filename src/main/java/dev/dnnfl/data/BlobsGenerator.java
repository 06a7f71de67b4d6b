package dev.dnnfl.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Gaussian blobs: one centre per class drawn uniformly from [-10, 10] in every feature, samples
 * scattered around it with standard deviation {@code noise} (scikit-learn's {@code make_blobs}
 * defaults). Classes cycle sample by sample.
 */
record BlobsGenerator(int classes, int features, double noise) implements SyntheticGenerator {

    static BlobsGenerator of(SyntheticParameters p) {
        return new BlobsGenerator(p.count("classes", 3, 2, 1000), p.count("features", 2, 1, 100_000),
                p.real("noise", 1.0, 0, 1e6));
    }

    @Override
    public Samples generate(int n, SplittableRandom random) {
        double[][] centres = new double[classes][features];
        for (double[] centre : centres) {
            for (int j = 0; j < features; j++) {
                centre[j] = random.nextDouble(-10, 10);
            }
        }
        float[] x = new float[n * features];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            for (int j = 0; j < features; j++) {
                x[i * features + j] = (float) (centres[k][j] + noise * random.nextGaussian());
            }
            y[i] = k;
        }
        return new Samples(x, y, List.of(features), classes, false);
    }
}
