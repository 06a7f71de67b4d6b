package dev.dnnfl.rules;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.telemetry.EpochRecord;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.TelemetryRecorder;
import dev.dnnfl.telemetry.TelemetrySink;
import dev.dnnfl.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live rules' share of a training run: the CPU time spent inside the rule session (inserting
 * telemetry facts and firing) compared with the CPU time of the same training without telemetry.
 * A measurement, skipped unless asked for (it trains the example subject twice):
 * {@code mvn -B -o test -Dtest=LiveRulesOverheadTest -Ddnnfl.measure=true}.
 */
@EnabledIfSystemProperty(named = "dnnfl.measure", matches = "true")
class LiveRulesOverheadTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Forwards to the live rules and adds up the CPU time spent in them. */
    private static final class Timed implements TelemetrySink {
        final LiveRules rules;
        long nanos;

        Timed(LiveRules rules) {
            this.rules = rules;
        }

        private void time(Runnable r) {
            long t = CPU.getCurrentThreadCpuTime();
            r.run();
            nanos += CPU.getCurrentThreadCpuTime() - t;
        }

        @Override
        public void onIteration(IterationRecord i) {
            time(() -> rules.onIteration(i));
        }

        @Override
        public void onLayerSnapshot(LayerSnapshot s) {
            time(() -> rules.onLayerSnapshot(s));
        }

        @Override
        public void onEpoch(EpochRecord e) {
            time(() -> rules.onEpoch(e));
        }

        @Override
        public Optional<String> stopRequest() {
            return rules.stopRequest();
        }
    }

    @Test
    void liveRulesCostLittleNextToTraining() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Subject subject = SubjectReader.read(Path.of("benchmark/subjects/example.json"));
        Dataset data = DatasetLoader.load(subject);
        StaticFacts facts = StaticFacts.of(subject, data);
        Trainer.train(subject, data, 99);    // warm-up
        long before = os.getProcessCpuTime();
        Trainer.train(subject, data, 1);
        double plainSeconds = (os.getProcessCpuTime() - before) / 1e9;
        try (LiveRules live = new LiveRules(TestRules.SHARED.base(), facts, false)) {
            Timed timed = new Timed(live);
            Trainer.train(subject, data, 1, List.of(new TelemetryRecorder(List.<TelemetrySink>of(timed))));
            double rulesSeconds = timed.nanos / 1e9;
            double ratio = (plainSeconds + rulesSeconds) / plainSeconds;
            System.out.printf(Locale.ROOT, "training %.2f s CPU; live rules %.3f s CPU for %d facts; ratio %.3f%n",
                    plainSeconds, rulesSeconds, live.factsInserted(), ratio);
            assertTrue(ratio <= 1.15, "live rules ratio " + ratio);
        }
    }
}
