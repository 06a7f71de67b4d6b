package dev.dnnfl.train;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A loss that also measures the accuracy of the batch it scores. Keras logs the training
 * accuracy of each batch from the same forward pass (dropout active) that computes the loss;
 * DL4J's {@code fit} does not expose that pass, so the loss, which sees it, records it.
 * Mutable: the trainer reads {@link #lastAccuracy()} right after each fit step.
 */
final class MeteredLoss implements ILossFunction {
    private static final long serialVersionUID = 1L;

    private final ILossFunction loss;
    private final Accuracy accuracy;
    private transient double lastAccuracy = Double.NaN;

    MeteredLoss(ILossFunction loss, Accuracy accuracy) {
        this.loss = loss;
        this.accuracy = accuracy;
    }

    /** The accuracy of the batch scored last (NaN before the first, or for regression). */
    double lastAccuracy() {
        return lastAccuracy;
    }

    /** The Keras-semantics loss this one wraps. */
    ILossFunction loss() {
        return loss;
    }

    private void meter(INDArray labels, INDArray preOutput, IActivation activationFn) {
        if (accuracy == Accuracy.NONE) return;
        INDArray output = activationFn.getActivation(preOutput.dup(), false);
        lastAccuracy = accuracy.of(output, labels);
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask, boolean average) {
        meter(labels, preOutput, activationFn);
        return loss.computeScore(labels, preOutput, activationFn, mask, average);
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        return loss.computeScoreArray(labels, preOutput, activationFn, mask);
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        return loss.computeGradient(labels, preOutput, activationFn, mask);
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activationFn,
                                                          INDArray mask, boolean average) {
        meter(labels, preOutput, activationFn);
        return loss.computeGradientAndScore(labels, preOutput, activationFn, mask, average);
    }

    @Override
    public String name() {
        return loss.name();
    }

    @Override
    public String toString() {
        return loss.toString();
    }
}
