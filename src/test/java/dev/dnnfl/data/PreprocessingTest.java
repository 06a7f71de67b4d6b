package dev.dnnfl.data;

import dev.dnnfl.spec.PreprocessingOp;
import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreprocessingTest {

    @TempDir
    Path dir;

    /** Four training rows then two test rows, in file order (no shuffling). */
    private DatasetSpecs table() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "a,b,label\n0,10,0\n2,10,1\n4,10,2\n6,10,3\n8,20,1\n-2,0,2\n");
        return DatasetSpecs.source("csv").path("t.csv").baseDir(dir).shuffle(false).train(4).test(2);
    }

    @Test
    void standardizeUsesTheTrainingStatisticsForEverySplit() throws IOException {
        Dataset d = table().step("standardize").load();
        // Column a: training mean 3, population std sqrt(5); column b is constant and only centred.
        double std = Math.sqrt(5);
        assertEquals(-3 / std, d.train().features().getDouble(0, 0), 1e-6);
        assertEquals(5 / std, d.test().features().getDouble(0, 0), 1e-6);
        assertEquals(10.0, d.test().features().getDouble(0, 1), 1e-6);
        assertEquals(0.0, DatasetStats.of(d).train().mean(), 1e-6);
    }

    @Test
    void minmaxMapsTheTrainingRangeOntoZeroToOne() throws IOException {
        Dataset d = table().step("minmax").load();
        assertArrayEquals(new float[] {0, 1f / 3, 2f / 3, 1}, d.train().features().getColumn(0).toFloatVector(), 1e-6f);
        assertEquals(4f / 3, d.test().features().getFloat(0, 0), 1e-6f);
    }

    @Test
    void scale01MinMaxScalesDataThatAreNotPixels() throws IOException {
        Dataset d = table().step("scale_0_1").load();
        assertEquals(1.0, DatasetStats.of(d).train().max(), 1e-6);
        assertEquals(0.0, DatasetStats.of(d).train().min(), 1e-6);
    }

    @Test
    void normalizeGivesEverySampleUnitLength() throws IOException {
        Dataset d = table().step("normalize").load();
        assertArrayEquals(new float[] {1, 1, 1, 1}, d.train().features().norm2(1).toFloatVector(), 1e-6f);
    }

    @Test
    void flattenTurnsImagesIntoVectors() {
        Dataset d = DatasetSpecs.source("synthetic:textures").shape(8, 8, 3).train(10).test(2).step("flatten").load();
        assertEquals(List.of(192), d.inputShape());
        assertArrayEquals(new long[] {10, 192}, d.train().features().shape());
        assertArrayEquals(new long[] {2, 192}, d.test().features().shape());
    }

    @Test
    void labelsDividedBy255AndTruncatedAllBecomeClassZeroOnlyInTraining() throws IOException {
        Dataset d = table().step("scale", 1 / 255.0, "y", "train").step("truncate", null, "y", "train").load();
        SplitStats train = DatasetStats.of(d).train();
        assertEquals(java.util.Map.of(0L, 4L), train.classCounts());
        assertEquals(0.0, train.labelMax());
        assertEquals(2.0, DatasetStats.of(d).test().labelMax(), "test labels untouched");
    }

    @Test
    void labelsDividedBy255AloneAreNoLongerClassIds() throws IOException {
        Dataset d = table().step("scale", 0.00392, "y", "all").load();
        SplitStats train = DatasetStats.of(d).train();
        assertEquals(3, train.nonIntegerLabels());
        assertEquals(3 * 0.00392, train.labelMax(), 1e-6);
    }

    @Test
    void noScalingAtAllLeavesRawPixelsForTheRulesToSee() {
        Dataset d = DatasetSpecs.source("synthetic:textures").train(20).test(5).step("scale_0_1", null, "x", "train").load();
        assertTrue(DatasetStats.of(d).train().max() <= 1.0);
        assertTrue(DatasetStats.of(d).test().max() > 200, "the test images were left in 0-255");
    }

    @Test
    void shiftAddsItsFactorAndBinarizeMarksPresence() throws IOException {
        Dataset shifted = table().step("shift", -2.0, "x", "all").load();
        assertEquals(-2.0, shifted.train().features().getDouble(0, 0));
        Dataset binary = table().step("binarize").load();
        assertArrayEquals(new float[] {0, 1, 1, 1}, binary.train().features().getColumn(0).toFloatVector());
    }

    @Test
    void oneHotLeavesTheClassIdsForTheTrainer() throws IOException {
        Dataset d = table().step("one_hot", null, "y", "all").load();
        assertArrayEquals(new float[] {0, 1, 2, 3}, d.train().labels().toFloatVector());
    }

    @Test
    void stepsApplyInTheirOrder() throws IOException {
        Dataset scaleThenShift = table().step("scale", 2.0, "x", "all").step("shift", 1.0, "x", "all").load();
        Dataset shiftThenScale = table().step("shift", 1.0, "x", "all").step("scale", 2.0, "x", "all").load();
        assertEquals(5.0, scaleThenShift.train().features().getDouble(1, 0));
        assertEquals(6.0, shiftThenScale.train().features().getDouble(1, 0));
    }

    @Test
    void anUnknownStepListsTheAcceptedOnes() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:blobs").step("scale_0_1").step("whiten").load());
        assertEquals("/dataset/preprocessing/1/op: unknown preprocessing step 'whiten' (expected one of: "
                + String.join(", ", PreprocessingOp.NAMES) + ")", e.getMessage());
    }

    @Test
    void scaleWithoutAFactorIsRefused() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:blobs").step("scale", null, "y", "all").load());
        assertEquals("/dataset/preprocessing/0/factor: 'scale' needs a factor", e.getMessage());
    }

    @Test
    void flattenCannotTargetLabels() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:blobs").step("flatten", null, "y", "all").load());
        assertTrue(e.getMessage().startsWith("/dataset/preprocessing/0/target:"), e.getMessage());
    }

    @Test
    void anUnknownSplitIsRefused() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:blobs").step("scale", 2.0, "x", "dev").load());
        assertTrue(e.getMessage().startsWith("/dataset/preprocessing/0/split: unknown split 'dev'"), e.getMessage());
    }
}
