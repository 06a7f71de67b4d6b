package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitsTest {

    @TempDir
    Path dir;

    /** A CSV whose row i has input i and label i mod 2, so every sample shows where it came from. */
    private Path numbered(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("x,label\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(',').append(i % 2).append('\n');
        }
        return Files.writeString(dir.resolve("n.csv"), csv);
    }

    @Test
    void validationIsTheLastFractionOfTheTrainingSamplesAsKerasValidationSplit() throws IOException {
        numbered(20);
        Dataset d = DatasetSpecs.source("csv").path("n.csv").baseDir(dir).shuffle(false).train(15).test(5)
                .validation(0.2).load();
        // Keras: split_at = int(15 * (1 - 0.2)) = 12; x[:12] trains, x[12:] validates.
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, d.train().features().toFloatVector());
        assertArrayEquals(new float[] {12, 13, 14}, d.validation().features().toFloatVector());
        assertArrayEquals(new float[] {15, 16, 17, 18, 19}, d.test().features().toFloatVector());
    }

    @Test
    void shuffledSplitsAreDisjointSeededSubsets() throws IOException {
        numbered(50);
        Dataset d = DatasetSpecs.source("csv").path("n.csv").baseDir(dir).seed(4).train(30).test(10)
                .validation(0.1).load();
        assertEquals(27, d.train().size());
        assertEquals(3, d.validation().size());
        assertEquals(10, d.test().size());
        java.util.Set<Float> seen = new java.util.HashSet<>();
        for (Split s : java.util.List.of(d.train(), d.validation(), d.test())) {
            for (float v : s.features().toFloatVector()) {
                assertTrue(seen.add(v), "sample " + v + " is in one split only");
            }
        }
        Dataset same = DatasetSpecs.source("csv").path("n.csv").baseDir(dir).seed(4).train(30).test(10)
                .validation(0.1).load();
        assertEquals(d.train().features(), same.train().features());
        Dataset other = DatasetSpecs.source("csv").path("n.csv").baseDir(dir).seed(5).train(30).test(10)
                .validation(0.1).load();
        assertNotEquals(d.train().features(), other.train().features());
    }

    @Test
    void aTestSizeOfZeroGivesAnEmptyTestSplit() {
        Dataset d = DatasetSpecs.source("synthetic:blobs").train(50).test(0).validation(0.2).load();
        assertEquals(0, d.test().size());
        assertEquals(40, d.train().size());
        assertEquals(10, d.validation().size());
        assertEquals(2, d.test().features().rank());
        SplitStats empty = DatasetStats.of(d).test();
        assertEquals(0, empty.samples());
        assertTrue(Double.isNaN(empty.mean()));
    }

    @Test
    void withoutATrainCountAFileTrainsOnWhatTheTestSetLeaves() throws IOException {
        numbered(20);
        Dataset d = DatasetSpecs.source("csv").path("n.csv").baseDir(dir).train(0).test(5).load();
        assertEquals(15, d.train().size());
    }

    @Test
    void aValidationFractionOfOneIsRefused() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:blobs").validation(1.0).load());
        assertTrue(e.getMessage().startsWith("/dataset/validation: must be a fraction in [0, 1)"), e.getMessage());
    }

    @Test
    void aNegativeTestCountIsRefused() {
        UserError e = assertThrows(UserError.class, () -> DatasetSpecs.source("synthetic:blobs").test(-1).load());
        assertEquals("/dataset/test: must be >= 0, found -1", e.getMessage());
    }

    @Test
    void aValidationThatLeavesNoTrainingSampleIsRefused() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:blobs").train(2).validation(0.6).load());
        assertTrue(e.getMessage().startsWith("/dataset/validation:"), e.getMessage());
    }

    @Test
    void aRegressionSourceForAClassificationTaskIsRefused() {
        UserError e = assertThrows(UserError.class, () -> DatasetLoader.load(
                DatasetSpecs.source("synthetic:regression").build(), "classification"));
        assertTrue(e.getMessage().startsWith("/dataset/source: synthetic:regression gives regression targets"),
                e.getMessage());
    }

    @Test
    void aRegressionTaskHasNoClassesEvenOnClassLabels() {
        Dataset d = DatasetLoader.load(DatasetSpecs.source("synthetic:blobs").build(), "regression");
        assertEquals(0, d.classes());
    }
}
