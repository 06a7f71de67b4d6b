package dev.dnnfl.train;

import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.*;

class LabelEncodingTest {
    private static INDArray column(float... v) {
        return Nd4j.createFromArray(v).reshape(v.length, 1);
    }

    @Test
    void categoricalLossesGetOneHotTargetsAndArgmaxAccuracy() {
        LabelEncoding e = KerasLosses.encoding("categorical_crossentropy", true, 3);
        assertEquals(Accuracy.CATEGORICAL, e.accuracy());
        assertArrayEquals(new float[]{0, 0, 1, 1, 0, 0}, e.encode(column(2, 0), "t").reshape(6).toFloatVector());
    }

    @Test
    void sparseCrossEntropyTruncatesFractionalLabelsAsKerasDoes() {
        // benchmark D9: labels divided by 255 all become class 0
        LabelEncoding e = KerasLosses.encoding("sparse_categorical_crossentropy", true, 3);
        assertArrayEquals(new float[]{1, 0, 0}, e.encode(column(0.7f), "t").reshape(3).toFloatVector());
    }

    @Test
    void aSingleSigmoidUnitKeepsClassIdsAndUsesBinaryAccuracy() {
        LabelEncoding e = KerasLosses.encoding("binary_crossentropy", true, 1);
        assertEquals(Accuracy.BINARY, e.accuracy());
        assertArrayEquals(new float[]{0, 1}, e.encode(column(0, 1), "t").reshape(2).toFloatVector());
        assertEquals(0.5, Accuracy.BINARY.of(column(0.9f, 0.8f), column(0, 1)));
    }

    @Test
    void hingeLossesMapZeroOneLabelsToMinusOnePlusOne() {
        LabelEncoding e = KerasLosses.encoding("hinge", true, 1);
        assertArrayEquals(new float[]{-1, 1}, e.encode(column(0, 1), "t").reshape(2).toFloatVector());
        assertEquals(1.0, Accuracy.SIGNED.of(column(-0.3f, 0.2f), column(-1, 1)));
    }

    @Test
    void regressionHasNoAccuracy() {
        LabelEncoding e = KerasLosses.encoding("mean_squared_error", false, 1);
        assertEquals(Accuracy.NONE, e.accuracy());
        assertTrue(Double.isNaN(e.accuracy().of(column(1), column(1))));
    }

    @Test
    void aClassIdBeyondTheOutputsIsAUserError() {
        LabelEncoding e = KerasLosses.encoding("categorical_crossentropy", true, 2);
        UserError error = assertThrows(UserError.class, () -> e.encode(column(0, 2), "training labels"));
        assertTrue(error.getMessage().startsWith("training labels: label 2.0 of sample 1"), error.getMessage());
    }
}
