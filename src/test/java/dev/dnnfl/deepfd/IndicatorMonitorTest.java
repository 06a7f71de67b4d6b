package dev.dnnfl.deepfd;

import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TensorStats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorMonitorTest {
    static TensorStats stats(double mean, double min, double max, double l2, double zero, double nonFinite) {
        return new TensorStats(mean, 1.0, min, max, l2, zero, nonFinite, 0, 100);
    }

    static LayerSnapshot probe(int layer, int epoch, TensorStats weights, TensorStats weightGradients) {
        return new LayerSnapshot(layer, epoch, 0, true,
                Map.of(Quantity.WEIGHTS, weights, Quantity.WEIGHT_GRADIENTS, weightGradients));
    }

    static void epoch(IndicatorMonitor m, int e, double[] batchLosses, double valLoss) {
        for (int i = 0; i < batchLosses.length; i++) m.onIteration(new IterationRecord(e * 10L + i, e, batchLosses[i], 0.5));
        m.onEpoch(new EpochRecord(e, batchLosses[batchLosses.length - 1], 0.5, valLoss, 0.5, 0.01, 1));
    }

    @Test
    void oneCheckPerEpochWithTheLastBatchValuesAndZeroValidationColumns() {
        IndicatorMonitor m = new IndicatorMonitor(IndicatorLimits.deepFd(), 3, true);
        epoch(m, 0, new double[]{1.0, 0.9}, 0.8);
        epoch(m, 1, new double[]{0.7, 0.6}, 0.7);
        RunTrace t = m.trace();
        assertEquals(2, t.checks().size());
        assertEquals(0.6, t.checks().get(1).get(CheckSeries.LOSS));
        assertEquals(0.5, t.checks().get(1).get(CheckSeries.ACC));
        // As in the original's batch mode, the last validation entries are null at a check: 0.0.
        assertEquals(0.0, t.checks().get(1).get(CheckSeries.VAL_LOSS));
        assertEquals(1, t.lastEpoch().epoch());
    }

    @Test
    void increaseLossCountsChecksWhoseLastLossRose() {
        IndicatorMonitor m = new IndicatorMonitor(IndicatorLimits.deepFd(), 3, true);
        epoch(m, 0, new double[]{1.0, 1.2}, 1.0);     // rose within the epoch: +1
        epoch(m, 1, new double[]{0.7, 0.6}, 0.9);     // fell: no change
        epoch(m, 2, new double[]{0.5, 0.9}, 0.8);     // rose: +1
        List<CheckRow> rows = m.trace().checks();
        assertEquals(List.of(1.0, 1.0, 2.0), rows.stream().map(r -> r.get(CheckSeries.INCREASE_LOSS)).toList());
    }

    @Test
    void aNaNLossCountsAsNanLossAtEveryLaterCheck() {
        IndicatorMonitor m = new IndicatorMonitor(IndicatorLimits.deepFd(), 3, true);
        epoch(m, 0, new double[]{1.0, Double.NaN}, Double.NaN);
        epoch(m, 1, new double[]{Double.NaN, Double.NaN}, Double.NaN);
        assertEquals(List.of(1.0, 2.0), m.trace().checks().stream().map(r -> r.get(CheckSeries.NAN_LOSS)).toList());
    }

    @Test
    void mostlyZeroGradientsCountAsDiedReluOnTheGammaBound() {
        IndicatorMonitor m = new IndicatorMonitor(IndicatorLimits.deepFd(), 2, true);
        m.onLayerSnapshot(probe(0, 0, stats(0.1, -1, 1, 1, 0, 0), stats(0, 0, 0, 1, 0.7, 0)));   // 0.7 is inclusive
        epoch(m, 0, new double[]{1.0}, 1.0);
        m.onLayerSnapshot(probe(0, 1, stats(0.2, -1, 1, 1, 0, 0), stats(0, 0, 0, 1, 0.69, 0)));
        epoch(m, 1, new double[]{0.9}, 0.9);
        assertEquals(List.of(1.0, 1.0), m.trace().checks().stream().map(r -> r.get(CheckSeries.DIED_RELU)).toList());
    }

    @Test
    void gradientRatiosOfFirstAndLastKernelGiveVanishingAndExploding() {
        IndicatorMonitor m = new IndicatorMonitor(IndicatorLimits.deepFd(), 2, true);
        m.onLayerSnapshot(probe(0, 0, stats(0, -1, 1, 1, 0, 0), stats(0, 0, 0, 1e-6, 0, 0)));
        m.onLayerSnapshot(probe(2, 0, stats(0, -1, 1, 1, 0, 0), stats(0, 0, 0, 1.0, 0, 0)));
        epoch(m, 0, new double[]{1.0}, 1.0);
        m.onLayerSnapshot(probe(0, 1, stats(0, -1, 1, 1, 0, 0), stats(0, 0, 0, 100, 0, 0)));
        m.onLayerSnapshot(probe(2, 1, stats(0, -1, 1, 1, 0, 0), stats(0, 0, 0, 1.0, 0, 0)));
        epoch(m, 1, new double[]{0.9}, 0.9);
        CheckRow last = m.trace().checks().get(1);
        assertEquals(1.0, last.get(CheckSeries.VANISH_GRADIENT));     // 1e-6 / 1 < 1e-3 and 1e-6 < 1e-4
        assertEquals(1.0, last.get(CheckSeries.EXPLODE_GRADIENT));    // 100 / 1 > 70
        assertEquals(0.0, last.get(CheckSeries.NAN_GRADIENT));
    }

    @Test
    void weightsThatDoNotChangeAndLargeWeightsAreCounted() {
        IndicatorMonitor m = new IndicatorMonitor(IndicatorLimits.deepFd(), 2, true);
        m.onLayerSnapshot(probe(0, 0, stats(0.25, -6, 1, 1, 0, 0), stats(0, 0, 0, 1, 0, 0)));
        epoch(m, 0, new double[]{1.0}, 1.0);
        m.onLayerSnapshot(probe(0, 1, stats(0.25, -6, 1, 1, 0, 0), stats(0, 0, 0, 1, 0, 0)));
        epoch(m, 1, new double[]{0.9}, 0.9);
        CheckRow last = m.trace().checks().get(1);
        assertEquals(2.0, last.get(CheckSeries.LARGE_WEIGHT));        // |-6| > 5 at both checks
        assertEquals(1.0, last.get(CheckSeries.CONS_MEAN_WEIGHT));    // same mean as the previous check
        assertEquals(1.0, last.get(CheckSeries.CONS_STD_WEIGHT));
    }

    @Test
    void earlyStoppingAsksToStopAfterThreeEpochsWithoutImprovement() {
        IndicatorMonitor m = new IndicatorMonitor(IndicatorLimits.deepFd(), 10, true);
        epoch(m, 0, new double[]{1.0}, 0.5);
        epoch(m, 1, new double[]{1.0}, 0.6);
        epoch(m, 2, new double[]{1.0}, 0.5);          // equal is no improvement (min_delta 0)
        assertFalse(m.stopRequest().isPresent());
        epoch(m, 3, new double[]{1.0}, 0.7);
        assertTrue(m.stopRequest().isPresent());
    }

    @Test
    void aRunThatDivergesInsideItsFirstEpochStillLeavesACheckAndALastEpoch() {
        IndicatorMonitor m = new IndicatorMonitor(IndicatorLimits.deepFd(), 5, true);
        m.onIteration(new IterationRecord(0, 0, 2.0, 0.5));
        m.onIteration(new IterationRecord(1, 0, Double.NaN, 0.25));
        m.finish();
        RunTrace t = m.trace();
        assertEquals(1, t.checks().size());
        assertEquals(1.0, t.checks().get(0).get(CheckSeries.NAN_LOSS));
        assertTrue(Double.isNaN(t.lastEpoch().trainLoss()));
        assertEquals(0.375, t.lastEpoch().trainAccuracy());      // running mean of 0.5 and 0.25
        m.finish();                                               // nothing left to finish
        assertEquals(1, m.trace().checks().size());
    }
}
