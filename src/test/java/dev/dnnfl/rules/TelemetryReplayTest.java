package dev.dnnfl.rules;

import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static dev.dnnfl.rules.TestRules.ruleNames;
import static dev.dnnfl.rules.TrainingRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end through the live runner: a short synthetic telemetry sequence, record by record,
 * through {@link LiveRules} (which converts each record with {@code TelemetryFacts}), and the
 * localisation of each pack.
 */
class TelemetryReplayTest {
    /** A classifier trained with far too large a rate: updates dwarf the weights, and at epoch 3 the hidden output explodes. */
    static TrainingRun diverging() {
        TrainingRun r = run(network(4).add(dense(8).activation("relu"), dense(3).activation("softmax"))
                .learningRate(0.5), 8)
                .everyEpoch(e -> e.learningRate = 0.5)
                .epoch(2, e -> e.validationLoss = 0.9);   // validation loss rises from epoch 1 (0.55) to 2 while training loss falls
        for (int e = 3; e < 8; e++) {
            final int epoch = e;
            r.probe(0, e, p -> { p.output.fractionNonFinite = 0.2; p.output.mean = Double.POSITIVE_INFINITY; })
                    .epoch(e, x -> x.loss = epoch == 3 ? 0.2 : Double.NaN);
        }
        return r;
    }

    static List<Finding> replay(TrainingRun run, boolean honourStop, List<Integer> stoppedAfter) {
        try (LiveRules live = new LiveRules(TestRules.SHARED.base(), run.staticFacts(), honourStop)) {
            for (Object record : run.records()) {
                if (record instanceof LayerSnapshot s) live.onLayerSnapshot(s);
                else {
                    EpochRecord e = (EpochRecord) record;
                    live.onEpoch(e);
                    if (live.stopRequest().isPresent()) {
                        stoppedAfter.add(e.epoch());
                        if (honourStop) break;       // the trainer stops cleanly here
                    }
                }
            }
            return live.findings();
        }
    }

    @Test
    void deepDiagnosisLocalisesTheLearningRateAndStopsWhereTheOutputExplodes() {
        List<Integer> stopped = new ArrayList<>();
        List<Finding> found = replay(diverging(), true, stopped);
        List<Finding> dd = found.stream().filter(f -> f.technique().equals("DD")).toList();
        assertEquals(List.of("DD R1.3a numerical error in layer output, learning rate too high"), ruleNames(dd));
        assertEquals("HLR", Localisation.of("DD", found).faults().toString());
        assertEquals(3, stopped.get(0));
        assertEquals("decrease", dd.get(0).direction().orElseThrow());
    }

    @Test
    void whenAnotherPathNeedsTheRunDeepDiagnosisConcludesNothingAfterItsStop() {
        List<Integer> stopped = new ArrayList<>();
        List<Finding> found = replay(diverging(), false, stopped);
        assertTrue(stopped.isEmpty(), "the run was not stopped");
        // Epochs 4..7 hold NaN losses (R10) but DeepDiagnosis' findings ended at epoch 3.
        assertEquals(List.of("DD R1.3a numerical error in layer output, learning rate too high"),
                ruleNames(found.stream().filter(f -> f.technique().equals("DD")).toList()));
    }

    @Test
    void umlautLocalisesTheLearningRateAndWarnsOfOverfittingWithoutAFault() {
        List<Finding> found = replay(diverging(), false, new ArrayList<>());
        List<Finding> um = found.stream().filter(f -> f.technique().equals("UM")).toList();
        assertEquals(List.of("UM H9a learning rate is high", "UM H10 possible overfitting"), ruleNames(um));
        assertEquals(0, um.get(0).epoch().getAsInt());
        assertEquals(2, um.get(1).epoch().getAsInt());
        assertEquals("HLR", Localisation.of("UM", found).faults().toString());
    }

    @Test
    void aHealthyRunLocalisesNothing() {
        List<Finding> found = replay(run(network(4).add(dense(8).activation("relu"), dense(3).activation("softmax")), 8),
                true, new ArrayList<>());
        assertEquals(List.of(), found);
        assertEquals("-", Localisation.of("DD", found).faults().toString());
    }
}
