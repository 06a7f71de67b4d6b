package dev.dnnfl.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;

import java.util.Map;

/** The velocity and step of {@link KerasSgd}. */
final class KerasSgdUpdater implements GradientUpdater<KerasSgd> {
    private final KerasSgd config;
    private INDArray velocity;

    KerasSgdUpdater(KerasSgd config) {
        this.config = config;
    }

    @Override
    public KerasSgd getConfig() {
        return config;
    }

    @Override
    public void setState(Map<String, INDArray> state, boolean initialize) {
        velocity = state.get("velocity");
        if (initialize) velocity.assign(0);
    }

    @Override
    public Map<String, INDArray> getState() {
        return Map.of("velocity", velocity);
    }

    @Override
    public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder, boolean initialize) {
        if (initialize) viewArray.assign(0);
        velocity = viewArray.reshape(viewArray.length());   // a flat view; gradients are flattened to match
    }

    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        double m = config.momentum();
        double lr = config.getLearningRate(iteration, epoch);
        INDArray g = gradient.dup().reshape(gradient.length());
        velocity.muli(m).subi(g.mul(lr));                        // v = m·v − lr·g
        // DL4J subtracts what the updater leaves in the gradient array: w − (−Δw)
        INDArray delta = config.nesterov() ? velocity.mul(m).subi(g.mul(lr)) : velocity.dup();
        gradient.assign(delta.negi().reshape(gradient.shape()));
    }
}
