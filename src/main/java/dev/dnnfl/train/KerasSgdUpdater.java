package dev.dnnfl.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
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
        velocity = Shape.newShapeNoCopy(viewArray.reshape(viewArray.length()), gradientShape, gradientOrder == 'f');
    }

    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        double m = config.momentum();
        double lr = config.getLearningRate(iteration, epoch);
        velocity.muli(m).subi(gradient.mul(lr));                 // v = m·v − lr·g
        // DL4J subtracts what the updater leaves in the gradient array: w − (−Δw)
        if (config.nesterov()) gradient.assign(velocity.mul(m).subi(gradient.mul(lr)).negi());
        else gradient.assign(velocity.neg());
    }
}
