package dev.dnnfl.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/** The per-parameter state and step of {@link KerasAdadelta}. */
final class KerasAdadeltaUpdater implements GradientUpdater<KerasAdadelta> {
    private final KerasAdadelta config;
    private INDArray squaredGradients;
    private INDArray squaredUpdates;

    KerasAdadeltaUpdater(KerasAdadelta config) {
        this.config = config;
    }

    @Override
    public KerasAdadelta getConfig() {
        return config;
    }

    @Override
    public void setState(Map<String, INDArray> state, boolean initialize) {
        squaredGradients = state.get("accumulators");
        squaredUpdates = state.get("delta_accumulators");
        if (initialize) {
            squaredGradients.assign(0);
            squaredUpdates.assign(0);
        }
    }

    @Override
    public Map<String, INDArray> getState() {
        return Map.of("accumulators", squaredGradients, "delta_accumulators", squaredUpdates);
    }

    @Override
    public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder, boolean initialize) {
        if (initialize) viewArray.assign(0);
        INDArray flat = viewArray.reshape(viewArray.length());
        long half = flat.length() / 2;
        // flat views into the state; gradients are flattened to match in applyUpdater
        squaredGradients = flat.get(NDArrayIndex.interval(0, half));
        squaredUpdates = flat.get(NDArrayIndex.interval(half, 2 * half));
    }

    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        double rho = config.rho();
        double eps = config.epsilon();
        double lr = config.getLearningRate(iteration, epoch);
        INDArray g = gradient.dup().reshape(gradient.length());
        squaredGradients.muli(rho).addi(g.mul(g).muli(1 - rho));
        INDArray step = Transforms.sqrt(squaredUpdates.add(eps), false)
                .divi(Transforms.sqrt(squaredGradients.add(eps), false)).muli(g);
        squaredUpdates.muli(rho).addi(step.mul(step).muli(1 - rho));
        // DL4J subtracts what the updater leaves in the gradient array
        gradient.assign(step.muli(lr).reshape(gradient.shape()));
    }
}
