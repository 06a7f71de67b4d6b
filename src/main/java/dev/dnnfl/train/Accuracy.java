package dev.dnnfl.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How Keras' {@code accuracy} metric reads a batch for a subject's loss and output width:
 * categorical (argmax of outputs equals argmax of labels), binary (outputs above a threshold
 * equal labels above it, element-wise), or none (regression).
 */
public enum Accuracy {
    /** Keras' {@code categorical_accuracy}. */
    CATEGORICAL,
    /** Keras' {@code binary_accuracy} on 0/1 labels: threshold 0.5. */
    BINARY,
    /** Binary accuracy on −1/+1 labels (hinge losses): threshold 0. */
    SIGNED,
    /** Regression: no accuracy. */
    NONE;

    /** The fraction of correct predictions in a batch, NaN for {@link #NONE} or an empty batch. */
    public double of(INDArray output, INDArray labels) {
        if (this == NONE || output.size(0) == 0) return Double.NaN;
        if (this == CATEGORICAL) {
            INDArray predicted = output.argMax(1);
            INDArray expected = labels.argMax(1);
            return predicted.eq(expected).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).meanNumber().doubleValue();
        }
        double threshold = this == BINARY ? 0.5 : 0.0;
        INDArray predicted = output.gt(threshold);
        INDArray expected = labels.gt(threshold);
        return predicted.eq(expected).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).meanNumber().doubleValue();
    }
}
