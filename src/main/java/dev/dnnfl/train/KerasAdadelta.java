package dev.dnnfl.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

import java.util.Map;
import java.util.Objects;

/**
 * Keras 2's Adadelta optimiser, which has a learning rate: the classic Adadelta step multiplied
 * by the rate, with both accumulators updated from the unscaled step.
 *
 * <p>Why: DL4J's {@code AdaDelta} has no learning rate, so the benchmark's M3 subject
 * (Adadelta with rate 0.001 instead of 1.0) could not be expressed (benchmark.md §5.2).
 */
public final class KerasAdadelta implements IUpdater {
    private static final long serialVersionUID = 1L;

    private final double learningRate;
    private final ISchedule schedule;
    private final double rho;
    private final double epsilon;

    public KerasAdadelta(double learningRate, ISchedule schedule, double rho, double epsilon) {
        this.learningRate = learningRate;
        this.schedule = schedule;
        this.rho = rho;
        this.epsilon = epsilon;
    }

    double rho() {
        return rho;
    }

    double epsilon() {
        return epsilon;
    }

    @Override
    public long stateSize(long numParams) {
        return 2 * numParams;
    }

    @Override
    public GradientUpdater instantiate(INDArray viewArray, boolean initializeViewArray) {
        KerasAdadeltaUpdater u = new KerasAdadeltaUpdater(this);
        u.setStateViewArray(viewArray, viewArray.shape(), viewArray.ordering(), initializeViewArray);
        return u;
    }

    @Override
    public GradientUpdater instantiate(Map<String, INDArray> state, boolean initializeStateArrays) {
        KerasAdadeltaUpdater u = new KerasAdadeltaUpdater(this);
        u.setState(state, initializeStateArrays);
        return u;
    }

    @Override
    public IUpdater clone() {
        return new KerasAdadelta(learningRate, schedule, rho, epsilon);
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
        throw new UnsupportedOperationException("KerasAdadelta is immutable: build a new one");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KerasAdadelta k && k.learningRate == learningRate && Objects.equals(k.schedule, schedule)
                && k.rho == rho && k.epsilon == epsilon;
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, rho, epsilon);
    }

    @Override
    public String toString() {
        return "KerasAdadelta(lr=" + learningRate + ", rho=" + rho + ", epsilon=" + epsilon + ")";
    }
}
