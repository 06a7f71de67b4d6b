package dev.dnnfl.train;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras' {@code exponential} activation, e^x, which DL4J lacks. Like DL4J's own activations it
 * works in place on the array it is given.
 */
public final class ExponentialActivation extends BaseActivationFunction {
    private static final long serialVersionUID = 1L;

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        return Transforms.exp(in, false);
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        // d e^x / dx = e^x
        INDArray dLdz = Transforms.exp(in, false).muli(epsilon);
        return new Pair<>(dLdz, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExponentialActivation;
    }

    @Override
    public int hashCode() {
        return ExponentialActivation.class.hashCode();
    }

    @Override
    public String toString() {
        return "exponential";
    }
}
