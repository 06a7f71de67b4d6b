package dev.dnnfl.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Concentric circles in the plane, scikit-learn's {@code make_circles} generalised to more rings:
 * the innermost ring (class 0) has radius {@code factor}, the outermost (class
 * {@code classes - 1}) radius 1, the others evenly between; Gaussian noise of standard deviation
 * {@code noise} is added to both coordinates. The default factor {@code 1 / classes} puts ring
 * {@code k} at radius {@code (k + 1) / classes} (0.5 and 1 for two classes, as scikit-learn's
 * default 0.8 does not). Classes cycle sample by sample, so every class has the same count (±1).
 */
record CirclesGenerator(int classes, double factor, double noise) implements SyntheticGenerator {

    static CirclesGenerator of(SyntheticParameters p) {
        p.fixed("features", 2, "circles are 2-D: features must be 2");
        int classes = p.count("classes", 2, 2, 100);
        double factor = p.real("factor", 1.0 / classes, 0, 1);
        if (factor <= 0 || factor >= 1) {
            throw p.bad("factor", "the inner ring's radius must be in (0, 1), found " + factor);
        }
        return new CirclesGenerator(classes, factor, p.real("noise", 0.05, 0, 10));
    }

    @Override
    public Samples generate(int n, SplittableRandom random) {
        float[] x = new float[2 * n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            double radius = factor + (1 - factor) * k / (classes - 1);
            double angle = random.nextDouble(2 * Math.PI);
            x[2 * i] = (float) (radius * Math.cos(angle) + noise * random.nextGaussian());
            x[2 * i + 1] = (float) (radius * Math.sin(angle) + noise * random.nextGaussian());
            y[i] = k;
        }
        return new Samples(x, y, List.of(2), classes, false);
    }
}
