package dev.dnnfl.train;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KerasCrossEntropyTest {

    private static INDArray row(double... values) {
        return Nd4j.create(values, new long[]{1, values.length}, DataType.DOUBLE);
    }

    @Test
    void aNanOutputGivesANanLossAsInKeras() {
        INDArray labels = row(1, 0);
        for (KerasCrossEntropy loss : new KerasCrossEntropy[]{KerasCrossEntropy.categorical(), KerasCrossEntropy.binary()}) {
            double score = loss.computeScore(labels, row(Double.NaN, 0.5), new ActivationSoftmax(), null, true);
            assertTrue(Double.isNaN(score), loss + " gave " + score);
        }
    }

    @Test
    void anInfiniteOutputGivesANanLossRatherThanAClippedOne() {
        double score = KerasCrossEntropy.binary().computeScore(row(1, 0), row(Double.POSITIVE_INFINITY, 0.5),
                new ActivationIdentity(), null, true);
        assertTrue(Double.isNaN(score), "gave " + score);
    }

    @Test
    void aNanOutputGivesANanGradient() {
        INDArray gradient = KerasCrossEntropy.categorical().computeGradient(row(1, 0), row(Double.NaN, 0.5),
                new ActivationIdentity(), null);
        assertTrue(Double.isNaN(gradient.getDouble(0, 0)), "gave " + gradient);
    }

    @Test
    void finiteOutputsAreStillClippedToEpsilon() {
        // a zero probability for the true class costs -log(1e-7), not infinity
        double score = KerasCrossEntropy.categorical().computeScore(row(1, 0), row(0, 1),
                new ActivationIdentity(), null, true);
        assertEquals(-Math.log(KerasCrossEntropy.EPSILON), score, 1e-6);
    }
}
