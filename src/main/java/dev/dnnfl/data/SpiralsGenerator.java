package dev.dnnfl.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Interleaved spirals in the plane: arm {@code k} of {@code classes} starts at angle
 * {@code 2πk / classes} and turns {@code turns} half-turns while its radius grows from 0 to 1;
 * Gaussian noise of standard deviation {@code noise} is added to both coordinates (the
 * CS231n spiral data). Classes cycle sample by sample.
 */
record SpiralsGenerator(int classes, double noise, double turns) implements SyntheticGenerator {

    static SpiralsGenerator of(SyntheticParameters p) {
        p.fixed("features", 2, "spirals are 2-D: features must be 2");
        return new SpiralsGenerator(p.count("classes", 2, 2, 100), p.real("noise", 0.02, 0, 10),
                p.real("turns", 1.5, 0.1, 20));
    }

    @Override
    public Samples generate(int n, SplittableRandom random) {
        float[] x = new float[2 * n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            double t = random.nextDouble();
            double angle = 2 * Math.PI * k / classes + turns * Math.PI * t;
            x[2 * i] = (float) (t * Math.cos(angle) + noise * random.nextGaussian());
            x[2 * i + 1] = (float) (t * Math.sin(angle) + noise * random.nextGaussian());
            y[i] = k;
        }
        return new Samples(x, y, List.of(2), classes, false);
    }
}
