package dev.dnnfl.rules;

import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TensorStats;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static dev.dnnfl.rules.Layers.conv2d;
import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.Layers.dropout;
import static dev.dnnfl.rules.Layers.flatten;
import static dev.dnnfl.rules.Layers.maxPool;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures of docs/readme-rules.md: warm static diagnosis time and rule throughput on
 * telemetry facts, with every rule pack of rules/ loaded. The bounds asserted are loose (the
 * machine may be shared); the measured figures are printed.
 */
class RulePerformanceTest {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static StaticFacts cnn() {
        return network(28, 28, 1).add(conv2d(32, 3).activation("relu"), maxPool(2), conv2d(64, 3).activation("relu"),
                maxPool(2), flatten(), dense(128).activation("relu"), dropout(0.5), dense(10).activation("sigmoid"))
                .staticFacts();
    }

    @Test
    void warmStaticDiagnosisOfASubjectTakesMilliseconds() {
        RuleDiagnoser diagnoser = new RuleDiagnoser(TestRules.SHARED.base(), java.util.Optional.empty(), java.time.Clock.systemUTC());
        StaticFacts facts = cnn();
        List<Finding> first = diagnoser.diagnoseStatic(facts, RulePack.NEURALINT);
        for (int i = 0; i < 200; i++) diagnoser.diagnoseStatic(facts, RulePack.NEURALINT);
        int n = 500;
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) assertEquals(first, diagnoser.diagnoseStatic(facts, RulePack.NEURALINT));
        double millis = (System.nanoTime() - start) / 1e6 / n;
        double cpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6 / n;
        System.out.printf(Locale.ROOT, "warm static NeuraLint diagnosis: %.2f ms wall, %.2f ms CPU per subject (%d layers, %d findings)%n",
                millis, cpuMillis, facts.layers().size(), first.size());
        assertTrue(millis < 100, "warm static diagnosis took " + millis + " ms");
    }

    @Test
    void liveRulesTakeTelemetryFactsByTheHundredThousand() {
        StaticFacts facts = cnn();
        SplittableRandom random = new SplittableRandom(7);
        int epochs = 50;
        int iterationsPerEpoch = 200;
        long iteration = 0;
        // warm-up run, then the measured one
        for (int pass = 0; pass < 2; pass++) {
            try (LiveRules live = new LiveRules(TestRules.SHARED.base(), facts, false)) {
                long before = live.factsInserted();
                long start = System.nanoTime();
                long cpuStart = CPU.getCurrentThreadCpuTime();
                for (int e = 0; e < epochs; e++) {
                    for (int i = 0; i < iterationsPerEpoch; i++, iteration++) {
                        live.onIteration(new IterationRecord(iteration, e, 2.3 - 0.05 * e + random.nextDouble() * 0.1,
                                0.1 + 0.04 * e));
                        if (i % 20 == 0) {
                            for (int layer : List.of(0, 2, 5, 7)) live.onLayerSnapshot(snapshot(layer, e, iteration, random));
                        }
                    }
                    for (int layer : List.of(0, 2, 5, 7)) live.onLayerSnapshot(probe(layer, e, iteration, random));
                    live.onEpoch(new EpochRecord(e, 2.3 - 0.05 * e, 0.1 + 0.04 * e, 2.3 - 0.04 * e, 0.1 + 0.03 * e, 0.001, 100));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                long inserted = live.factsInserted() - before;
                double perSecond = inserted / seconds;
                if (pass == 1) {
                    System.out.printf(Locale.ROOT, "live rules: %d telemetry facts in %.3f s = %.0f facts/s wall, %.0f facts per CPU second (%d findings)%n",
                            inserted, seconds, perSecond, inserted / cpuSeconds, live.findings().size());
                    assertTrue(perSecond > 5_000, "throughput " + perSecond + " facts/s");
                }
            }
        }
    }

    private static TensorStats stats(SplittableRandom r) {
        return new TensorStats(r.nextDouble() * 0.1, 0.05 + r.nextDouble() * 0.01, -0.3, 0.3, 3.0, 0.01, 0, 0.02, 1000);
    }

    private static LayerSnapshot snapshot(int layer, int epoch, long iteration, SplittableRandom r) {
        Map<Quantity, TensorStats> m = new EnumMap<>(Quantity.class);
        for (Quantity q : List.of(Quantity.WEIGHTS, Quantity.BIASES, Quantity.WEIGHT_GRADIENTS, Quantity.UPDATES)) m.put(q, stats(r));
        return new LayerSnapshot(layer, epoch, iteration, false, m);
    }

    private static LayerSnapshot probe(int layer, int epoch, long iteration, SplittableRandom r) {
        Map<Quantity, TensorStats> m = new EnumMap<>(Quantity.class);
        for (Quantity q : List.of(Quantity.ACTIVATIONS, Quantity.WEIGHT_GRADIENTS)) m.put(q, stats(r));
        return new LayerSnapshot(layer, epoch, iteration, true, m);
    }
}
