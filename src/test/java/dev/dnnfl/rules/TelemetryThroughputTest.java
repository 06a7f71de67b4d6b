package dev.dnnfl.rules;

import dev.dnnfl.facts.TelemetryFacts;
import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TensorStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.Layers.dropout;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule throughput on telemetry facts: a long synthetic, healthy training run (so that
 * DeepDiagnosis never stops and every derivation keeps running) goes record by record through
 * {@link TelemetryFacts} into one session of {@code deepdiagnosis.drl} + {@code umlaut.drl},
 * firing after every epoch record as the live runner does. Prints facts per second.
 *
 * <p>Run with {@code mvn -q -B -o test -Dtest=TelemetryThroughputTest -Ddnnfl.bench=true}.
 */
@EnabledIfSystemProperty(named = "dnnfl.bench", matches = "true")
class TelemetryThroughputTest {
    static final int EPOCHS = Integer.getInteger("dnnfl.bench.epochs", 2000);
    static final int ITERATIONS_PER_EPOCH = 10;

    @Test
    void telemetryFactsPerSecondThroughDeepDiagnosisAndUmlaut() {
        Set<RulePack> packs = new java.util.HashSet<>();
        for (String code : System.getProperty("dnnfl.bench.packs", "dd,um").split(",")) packs.add(RulePack.parse(code));
        RuleBase base = RuleBase.load(Path.of(System.getProperty("dnnfl.bench.rules", "rules")), packs);
        TrainingRun run = TrainingRun.run(network(16).add(dense(32).activation("relu"), dropout(0.2),
                dense(32).activation("relu"), dense(16).activation("tanh"), dense(4).activation("softmax")), EPOCHS)
                .everyEpoch(e -> { e.accuracy = 0.5; e.validationAccuracy = 0.5; })
                .everyEpoch(e -> e.accuracy = 0.5);
        // Accuracies must move or R13 concludes; vary them slightly per epoch.
        for (int e = 0; e < EPOCHS; e++) {
            final int epoch = e;
            run.epoch(e, x -> { x.accuracy = 0.5 + (epoch % 7) * 0.001; x.validationAccuracy = 0.45 + (epoch % 5) * 0.001; });
        }
        List<Object> records = withIterations(run.records());
        // Wall time depends on what else runs on the machine; the thread's CPU time much less so.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long facts = 0;
        for (int round = 0; round < 4; round++) {           // round 0 warms the JIT up
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            facts = replay(base, run, records);
            long nanos = System.nanoTime() - start;
            long cpuNanos = cpu.getCurrentThreadCpuTime() - startCpu;
            if (round > 0) {
                best = Math.min(best, nanos);
                bestCpu = Math.min(bestCpu, cpuNanos);
            }
        }
        System.out.printf("telemetry throughput (%s): %d facts (%d epochs) in %.3f s wall = %.0f facts/s;"
                        + " %.3f s CPU = %.0f facts/CPU-s%n", packs, facts, EPOCHS, best / 1e9, facts / (best / 1e9),
                bestCpu / 1e9, facts / (bestCpu / 1e9));
    }

    /** Adds sampled iterations and a non-probe snapshot of each layer, as a real run records them. */
    static List<Object> withIterations(List<Object> records) {
        List<Object> all = new ArrayList<>();
        long iteration = 0;
        for (Object r : records) {
            if (r instanceof LayerSnapshot s && s.layer() == 0) {
                for (int i = 0; i < ITERATIONS_PER_EPOCH; i++) {
                    all.add(new IterationRecord(iteration++, s.epoch(), 1.0 / (s.epoch() + 1), 0.5));
                }
            }
            if (r instanceof LayerSnapshot s) {
                all.add(new LayerSnapshot(s.layer(), s.epoch(), iteration, false, Map.of(Quantity.UPDATES,
                        new TensorStats(1e-4, 1e-3, -1e-2, 1e-2, 0.1, 0, 0, 0, 100))));
            }
            all.add(r);
        }
        return all;
    }

    static long replay(RuleBase base, TrainingRun run, List<Object> records) {
        try (RuleSession session = base.newSession()) {
            session.insertAll(run.staticFacts().all()).fire();
            long staticFacts = session.factsInserted();
            for (Object r : records) {
                if (r instanceof IterationRecord i) session.insertAll(TelemetryFacts.from(i));
                else if (r instanceof LayerSnapshot s) session.insertAll(TelemetryFacts.from(s));
                else {
                    session.insertAll(TelemetryFacts.from((EpochRecord) r));
                    session.fire();
                }
            }
            // A healthy run: DeepDiagnosis must not have stopped (else the figure would flatter it).
            assertEquals(List.of(), session.findings("DD"), "DeepDiagnosis concluded on a healthy run");
            return session.factsInserted() - staticFacts;
        }
    }
}
