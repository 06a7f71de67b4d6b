package dev.dnnfl.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A regression task: inputs uniform in [-1, 1]; the target is a linear function
 * {@code w·x + b} with weights and bias drawn from N(0, 1), or, with {@code nonlinear = 1},
 * {@code Σ w_j sin(πx_j) + x_0²}; Gaussian noise of standard deviation {@code noise} is added.
 * There are no classes.
 */
record RegressionGenerator(int features, double noise, boolean nonlinear) implements SyntheticGenerator {

    static RegressionGenerator of(SyntheticParameters p) {
        return new RegressionGenerator(p.count("features", 4, 1, 100_000), p.real("noise", 0.1, 0, 1e6),
                p.count("nonlinear", 0, 0, 1) == 1);
    }

    @Override
    public Samples generate(int n, SplittableRandom random) {
        double[] weights = new double[features];
        for (int j = 0; j < features; j++) {
            weights[j] = random.nextGaussian();
        }
        double bias = random.nextGaussian();
        float[] x = new float[n * features];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double target = nonlinear ? 0 : bias;
            for (int j = 0; j < features; j++) {
                double v = random.nextDouble(-1, 1);
                x[i * features + j] = (float) v;
                target += nonlinear ? weights[j] * Math.sin(Math.PI * v) : weights[j] * v;
            }
            if (nonlinear) {
                double first = x[i * features];
                target += first * first;
            }
            y[i] = (float) (target + noise * random.nextGaussian());
        }
        return new Samples(x, y, List.of(features), 0, false);
    }
}
