package dev.dnnfl.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Concentric circles in the plane: class {@code k} lies on the ring of radius
 * {@code (k + 1) / classes}, with Gaussian noise of standard deviation {@code noise} on both
 * coordinates (scikit-learn's {@code make_circles}, generalised to more rings). Classes cycle
 * sample by sample, so every class has the same count (±1).
 */
record CirclesGenerator(int classes, double noise) implements SyntheticGenerator {

    static CirclesGenerator of(SyntheticParameters p) {
        p.fixed("features", 2, "circles are 2-D: features must be 2");
        return new CirclesGenerator(p.count("classes", 2, 2, 100), p.real("noise", 0.05, 0, 10));
    }

    @Override
    public Samples generate(int n, SplittableRandom random) {
        float[] x = new float[2 * n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            double radius = (k + 1.0) / classes;
            double angle = random.nextDouble(2 * Math.PI);
            x[2 * i] = (float) (radius * Math.cos(angle) + noise * random.nextGaussian());
            x[2 * i + 1] = (float) (radius * Math.sin(angle) + noise * random.nextGaussian());
            y[i] = k;
        }
        return new Samples(x, y, List.of(2), classes, false);
    }
}
