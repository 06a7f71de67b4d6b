package dev.dnnfl.data;

import dev.dnnfl.spec.DatasetSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels given as target rows ({@code [n, k]}, e.g. multi-hot), as a Keras program may fit them. */
class TargetRowsTest {

    @TempDir
    Path dir;

    /**
     * Writes 12 samples whose single input is the sample's index i and whose target row is the
     * three low bits of i (least significant first): row i can be told from its input.
     */
    private void writeBits() throws IOException {
        int n = 12;
        INDArray x = Nd4j.arange(n).castTo(DataType.FLOAT).reshape(n, 1);
        float[][] y = new float[n][3];
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < 3; b++) y[i][b] = (i >> b) & 1;
        }
        Nd4j.writeAsNumpy(x, dir.resolve("x.npy").toFile());
        Nd4j.writeAsNumpy(Nd4j.createFromArray(y), dir.resolve("y.npy").toFile());
    }

    private static void assertRowsFollowInputs(Split split) {
        for (int i = 0; i < split.size(); i++) {
            int index = (int) split.features().getDouble(i, 0);
            for (int b = 0; b < 3; b++) {
                assertEquals((index >> b) & 1, split.labels().getDouble(i, b), 0.0, "sample " + index + " bit " + b);
            }
        }
    }

    @Test
    void anNpyTargetMatrixLoadsAsRowsThatStayWithTheirSamples() throws IOException {
        writeBits();
        Dataset d = DatasetLoader.load(DatasetSpecs.source("npy").path("x.npy").labels("y.npy").baseDir(dir)
                .seed(5).train(9).test(3).validation(1.0 / 3).build(), "classification");
        assertEquals(3, d.classes());
        assertArrayEquals(new long[] {6, 3}, d.train().labels().shape());
        assertArrayEquals(new long[] {3, 3}, d.validation().labels().shape());
        assertArrayEquals(new long[] {3, 3}, d.test().labels().shape());
        assertEquals(3, d.train().labelColumns());
        assertTrue(d.train().hasTargetRows());
        for (Split split : List.of(d.train(), d.validation(), d.test())) assertRowsFollowInputs(split);
    }

    @Test
    void withoutATaskZeroOneRowsAreClassesAndOtherRowsRegressionTargets() throws IOException {
        writeBits();
        DatasetSpec spec = DatasetSpecs.source("npy").path("x.npy").labels("y.npy").baseDir(dir).train(8).test(4).build();
        assertEquals(3, DatasetLoader.load(spec).classes());
        assertEquals(0, DatasetLoader.load(spec, "regression").classes());
        Nd4j.writeAsNumpy(Nd4j.rand(DataType.FLOAT, 12, 2), dir.resolve("y.npy").toFile());
        Dataset real = DatasetLoader.load(spec);
        assertEquals(0, real.classes());
        assertArrayEquals(new long[] {8, 2}, real.train().labels().shape());
    }

    @Test
    void aLabelStepScalesEveryValueOfTheRowsAndStatsCountPositivesPerColumn() throws IOException {
        writeBits();
        Dataset plain = DatasetLoader.load(DatasetSpecs.source("npy").path("x.npy").labels("y.npy").baseDir(dir)
                .shuffle(false).train(8).test(4).build(), "classification");
        SplitStats train = DatasetStats.of(plain).train();
        // samples 0..7 carry every 3-bit pattern once: each bit is set in four of them
        assertEquals(Map.of(0L, 4L, 1L, 4L, 2L, 4L), train.classCounts());
        assertEquals(0.0, train.labelMin());
        assertEquals(1.0, train.labelMax());
        assertEquals(0, train.nonIntegerLabels());

        Dataset scaled = DatasetLoader.load(DatasetSpecs.source("npy").path("x.npy").labels("y.npy").baseDir(dir)
                .shuffle(false).train(8).test(4).step("scale", 0.5, "y", "train").build(), "classification");
        assertEquals(plain.train().labels().mul(0.5), scaled.train().labels());
        assertEquals(plain.test().labels(), scaled.test().labels());
        SplitStats halved = DatasetStats.of(scaled).train();
        assertEquals(0.5, halved.labelMax());
        assertEquals(12, halved.nonIntegerLabels());
        assertEquals(Map.of(0L, 0L, 1L, 0L, 2L, 0L), halved.classCounts());
    }

    @Test
    void anEmptySplitOfTargetRowsKeepsTheirWidth() throws IOException {
        writeBits();
        Dataset d = DatasetLoader.load(DatasetSpecs.source("npy").path("x.npy").labels("y.npy").baseDir(dir)
                .train(12).test(0).build(), "classification");
        assertArrayEquals(new long[] {0, 3}, d.test().labels().shape());
    }
}
