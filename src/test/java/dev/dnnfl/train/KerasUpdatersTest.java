package dev.dnnfl.train;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

import static org.junit.jupiter.api.Assertions.*;

/** The custom updaters against Keras 2's update formulas, worked by hand for a constant gradient. */
class KerasUpdatersTest {
    private static double[] steps(IUpdater config, double g, int n) {
        GradientUpdater<?> u = config.instantiate(Nd4j.zeros((int) config.stateSize(1)).reshape(1, config.stateSize(1)), true);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            INDArray gradient = Nd4j.createFromArray(new double[]{g}).reshape(1, 1);
            u.applyUpdater(gradient, i, 0);
            out[i] = gradient.getDouble(0);      // what DL4J subtracts from the weight
        }
        return out;
    }

    @Test
    void classicalMomentumAccumulatesVelocity() {
        // v1 = -lr·g = -0.1, v2 = 0.9·v1 - 0.1 = -0.19; the weight moves by v
        assertArrayEquals(new double[]{0.1, 0.19}, steps(new KerasSgd(0.1, null, 0.9, false), 1.0, 2), 1e-6);
    }

    @Test
    void nesterovMomentumLooksAhead() {
        // Δw = m·v - lr·g: 0.9·(-0.1) - 0.1 = -0.19, then 0.9·(-0.19) - 0.1 = -0.271
        assertArrayEquals(new double[]{0.19, 0.271}, steps(new KerasSgd(0.1, null, 0.9, true), 1.0, 2), 1e-6);
    }

    @Test
    void adadeltaStepIsTheClassicStepTimesTheLearningRate() {
        double rho = 0.95;
        double eps = 1e-7;
        double g = 2.0;
        double a1 = (1 - rho) * g * g;
        double step1 = g * Math.sqrt(eps) / Math.sqrt(a1 + eps);
        double d1 = (1 - rho) * step1 * step1;
        double a2 = rho * a1 + (1 - rho) * g * g;
        double step2 = g * Math.sqrt(d1 + eps) / Math.sqrt(a2 + eps);
        double[] lr1 = steps(new KerasAdadelta(1.0, null, rho, eps), g, 2);
        double[] lrSmall = steps(new KerasAdadelta(0.001, null, rho, eps), g, 2);
        assertEquals(step1, lr1[0], 1e-6 * step1);
        assertEquals(step2, lr1[1], 1e-4 * step2);
        // the accumulators see the unscaled step, so a smaller rate scales every step alike
        assertEquals(0.001 * step2, lrSmall[1], 1e-4 * 0.001 * step2);
    }
}
