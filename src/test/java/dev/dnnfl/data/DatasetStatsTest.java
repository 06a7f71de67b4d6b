package dev.dnnfl.data;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetStatsTest {

    @Test
    void statisticsAreWorkedOutOverTheFiniteInputs() {
        Split split = new Split(Nd4j.createFromArray(new float[][] {{1, 2}, {3, Float.NaN}, {Float.POSITIVE_INFINITY, 6}}),
                Nd4j.createFromArray(new float[][] {{0}, {2}, {2}}));
        SplitStats s = SplitStats.of("train", split);
        assertEquals(3, s.samples());
        assertEquals(List.of(3L, 2L), s.shape());
        assertEquals(1.0, s.min());
        assertEquals(6.0, s.max());
        assertEquals(3.0, s.mean(), 1e-9);
        assertEquals(Math.sqrt(3.5), s.std(), 1e-6); // values 1, 2, 3, 6: squared deviations 4 + 1 + 0 + 9
        assertEquals(1, s.nanCount());
        assertEquals(1, s.infCount());
        assertTrue(s.hasNonFiniteInputs());
        assertEquals(0.0, s.labelMin());
        assertEquals(2.0, s.labelMax());
        assertEquals(Map.of(0L, 1L, 2L, 2L), s.classCounts());
        assertEquals(List.of(0L, 2L), List.copyOf(s.classCounts().keySet()), "sorted by label");
    }

    @Test
    void nanLabelsAndFractionalLabelsAreCountedApart() {
        Split split = new Split(Nd4j.zeros(3, 1), Nd4j.createFromArray(new float[][] {{0.5f}, {Float.NaN}, {1}}));
        SplitStats s = SplitStats.of("test", split);
        assertEquals(1, s.labelNanCount());
        assertEquals(1, s.nonIntegerLabels());
        assertEquals(Map.of(1L, 1L), s.classCounts());
        assertFalse(s.hasNonFiniteInputs());
    }

    @Test
    void aDatasetHasStatisticsForEachOfItsSplits() {
        Dataset d = DatasetSpecs.source("synthetic:circles").train(100).test(30).validation(0.1).load();
        DatasetStats stats = DatasetStats.of(d);
        assertEquals(90, stats.train().samples());
        assertEquals(10, stats.validation().samples());
        assertEquals(30, stats.test().samples());
        assertEquals("validation", stats.validation().split());
        assertEquals(2, stats.classes());
        assertEquals("synthetic:circles", stats.name());
    }
}
