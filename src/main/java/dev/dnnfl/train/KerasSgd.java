package dev.dnnfl.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

import java.util.Map;
import java.util.Objects;

/**
 * Keras 2's SGD with momentum: v ← m·v − lr·g, then w ← w + v, or with Nesterov
 * w ← w + m·v − lr·g.
 *
 * <p>Why: DL4J's {@code Nesterovs} is always Nesterov momentum, and Keras' default momentum
 * SGD is the classical one.
 */
public final class KerasSgd implements IUpdater {
    private static final long serialVersionUID = 1L;

    private final double learningRate;
    private final ISchedule schedule;
    private final double momentum;
    private final boolean nesterov;

    public KerasSgd(double learningRate, ISchedule schedule, double momentum, boolean nesterov) {
        this.learningRate = learningRate;
        this.schedule = schedule;
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    double momentum() {
        return momentum;
    }

    boolean nesterov() {
        return nesterov;
    }

    @Override
    public long stateSize(long numParams) {
        return numParams;
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        KerasSgdUpdater u = new KerasSgdUpdater(this);
        u.setStateViewArray(viewArray, viewArray.shape(), viewArray.ordering(), initializeViewArray);
        return u;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> state, boolean initializeStateArrays) {
        KerasSgdUpdater u = new KerasSgdUpdater(this);
        u.setState(state, initializeStateArrays);
        return u;
    }

    @Override
    public IUpdater clone() {
        return new KerasSgd(learningRate, schedule, momentum, nesterov);
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return schedule != null ? schedule.valueAt(iteration, epoch) : learningRate;
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double lr, ISchedule lrSchedule) {
        throw new UnsupportedOperationException("KerasSgd is immutable: build a new one");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KerasSgd k && k.learningRate == learningRate && Objects.equals(k.schedule, schedule)
                && k.momentum == momentum && k.nesterov == nesterov;
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, momentum, nesterov);
    }

    @Override
    public String toString() {
        return "KerasSgd(lr=" + learningRate + ", momentum=" + momentum + ", nesterov=" + nesterov + ")";
    }
}
