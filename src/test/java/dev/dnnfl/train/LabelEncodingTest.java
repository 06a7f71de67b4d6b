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

    private static INDArray rows(float[]... r) {
        return Nd4j.createFromArray(r);
    }

    @Test
    void multiHotTargetRowsAsWideAsTheOutputAreUsedAsTheyAre() {
        INDArray targets = rows(new float[]{1, 0, 1}, new float[]{0, 0, 0}, new float[]{0, 1, 1});
        for (String loss : new String[]{"categorical_crossentropy", "binary_crossentropy", "mean_squared_error"}) {
            LabelEncoding e = KerasLosses.encoding(loss, true, 3, "/layers/2/units");
            assertEquals(targets, e.encode(targets, "training labels"), loss);
        }
    }

    @Test
    void targetRowsOfAnotherWidthThanTheOutputNameItsUnits() {
        LabelEncoding e = KerasLosses.encoding("categorical_crossentropy", true, 4, "/layers/2/units");
        UserError error = assertThrows(UserError.class,
                () -> e.encode(rows(new float[]{1, 0, 1}, new float[]{0, 1, 1}), "training labels"));
        assertTrue(error.getMessage().startsWith("/layers/2/units: the output has 4 unit(s)"), error.getMessage());
        assertTrue(error.getMessage().contains("target rows of width 3"), error.getMessage());
    }

    @Test
    void accuracyOnMultiHotRowsIsArgmaxMatchForCategoricalAndPerElementForBinary() {
        INDArray targets = rows(new float[]{0, 1, 1}, new float[]{1, 0, 1});
        INDArray outputs = rows(new float[]{0.1f, 0.6f, 0.3f}, new float[]{0.2f, 0.1f, 0.7f});
        // argmax of a multi-hot row is its first set column, as numpy's: row 0 matches, row 1 not
        assertEquals(Accuracy.CATEGORICAL, KerasLosses.encoding("categorical_crossentropy", true, 3).accuracy());
        assertEquals(0.5, Accuracy.CATEGORICAL.of(outputs, targets));
        // element-wise at 0.5: row 0 gets 2 of 3 right, row 1 gets 2 of 3
        assertEquals(Accuracy.BINARY, KerasLosses.encoding("binary_crossentropy", true, 3).accuracy());
        assertEquals(4.0 / 6, Accuracy.BINARY.of(outputs, targets), 1e-9);
    }
}
