package dev.dnnfl.facts;

import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TensorStats;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelemetryFactsTest {
    static TensorStats stats(double mean, double std, double norm, double nonFinite, long count) {
        return new TensorStats(mean, std, -1, 1, norm, 0.25, nonFinite, 0.5, count);
    }

    @Test
    void anEpochRecordBecomesOneEpochFactWithItsValues() {
        List<Object> facts = TelemetryFacts.from(new EpochRecord(3, 0.7, 0.6, 0.8, 0.55, 0.001, 1200));
        assertEquals(List.of(new EpochFact(3, 0.7, 0.6, 0.8, 0.55, 0.001)), facts);
    }

    @Test
    void invalidLossAndAccuracyFollowDeepDiagnosis() {
        assertTrue(new EpochFact(0, Double.NaN, 0.5, 1, 0.5, 0.1).lossInvalid());
        assertTrue(new EpochFact(0, Double.POSITIVE_INFINITY, 0.5, 1, 0.5, 0.1).lossInvalid());
        assertFalse(new EpochFact(0, 0.3, 0.5, 1, 0.5, 0.1).lossInvalid());
        assertTrue(new EpochFact(0, 0.3, 0.0, 1, 0.5, 0.1).accuracyInvalid());
        assertFalse(new EpochFact(0, 0.3, 1e-9, 1, 0.5, 0.1).accuracyInvalid());
    }

    @Test
    void anIterationRecordBecomesOneIterationFact() {
        assertEquals(List.of(new IterationFact(42, 2, 0.9, 0.4)), TelemetryFacts.from(new IterationRecord(42, 2, 0.9, 0.4)));
    }

    @Test
    void aSnapshotBecomesOneTensorFactPerQuantityInQuantityOrder() {
        Map<Quantity, TensorStats> stats = new EnumMap<>(Quantity.class);
        stats.put(Quantity.ACTIVATIONS, stats(0.5, 0.1, 2, 0, 16));
        stats.put(Quantity.WEIGHTS, stats(0.01, 0.2, 4, 0, 64));
        List<Object> facts = TelemetryFacts.from(new LayerSnapshot(2, 5, 60, true, stats));
        assertEquals(2, facts.size());
        TensorFact weights = (TensorFact) facts.get(0);
        TensorFact output = (TensorFact) facts.get(1);
        assertEquals(Quantity.WEIGHTS, weights.quantity());
        assertEquals(Quantity.ACTIVATIONS, output.quantity());
        assertEquals(2, weights.layer());
        assertEquals(5, weights.epoch());
        assertTrue(weights.probe());
        assertEquals(0.2 * 0.2, weights.variance(), 1e-15);
        assertEquals(4 / Math.sqrt(64), weights.rms(), 1e-15);     // 0.5
        assertTrue(weights.finite());
        assertFalse(weights.numericalError());
    }

    @Test
    void nonFiniteElementsOrAZeroMeanAreNumericalErrors() {
        LayerSnapshot nan = new LayerSnapshot(0, 0, 0, true, Map.of(Quantity.WEIGHT_GRADIENTS, stats(0.1, 1, 1, 0.01, 10)));
        LayerSnapshot zero = new LayerSnapshot(0, 0, 0, true, Map.of(Quantity.WEIGHT_GRADIENTS, stats(0.0, 0, 0, 0, 10)));
        assertTrue(((TensorFact) TelemetryFacts.from(nan).get(0)).numericalError());
        assertTrue(((TensorFact) TelemetryFacts.from(zero).get(0)).numericalError());
    }

    @Test
    void anEmptySnapshotGivesNoFacts() {
        assertEquals(List.of(), TelemetryFacts.from(new LayerSnapshot(0, 0, 0, false, Map.of())));
    }

    @Test
    void negativeIndicesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EpochFact(-1, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new IterationFact(-1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> TelemetryFacts.from(new LayerSnapshot(-2, 0, 0, true, Map.of(Quantity.WEIGHTS, stats(0, 0, 0, 0, 1)))));
    }
}
