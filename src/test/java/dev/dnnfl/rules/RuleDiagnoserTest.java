package dev.dnnfl.rules;

import dev.dnnfl.facts.StaticFacts;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.telemetry.IterationRecord;
import dev.dnnfl.telemetry.TelemetrySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diagnoser's plumbing, with probe rule packs and a fake trainer (no DL4J). */
class RuleDiagnoserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** A trainer that feeds ten iterations, stopping when asked, and writes down how far it got. */
    private static final class FakeTrainer implements TrainingRunner {
        final List<Integer> fed = new ArrayList<>();

        @Override
        public void train(Subject subject, long seed, TelemetrySink sink) {
            int n = 0;
            while (n < 10) {
                sink.onIteration(new IterationRecord(n, 0, 0.5, 0.5));
                n++;
                if (sink.stopRequest().isPresent()) break;
            }
            fed.add(n);
        }
    }

    private static Path probePacks(Path dir) throws IOException {
        Files.copy(Path.of("rules/neuralint.drl"), dir.resolve("neuralint.drl"));
        // DD: asks to stop every run as soon as it starts.
        Files.writeString(dir.resolve("deepdiagnosis.drl"), """
                package dnnfl.deepdiagnosis;
                import dev.dnnfl.facts.ModelFact;
                import dev.dnnfl.rules.Finding;
                global dev.dnnfl.rules.TrainingStop trainingStop;
                rule "DD P1 probe stop" when ModelFact() then trainingStop.request( "probe" ); end
                """);
        Files.writeString(dir.resolve("umlaut.drl"), """
                package dnnfl.umlaut;
                import dev.dnnfl.facts.ModelFact;
                import dev.dnnfl.rules.Finding;
                rule "UM P1 probe warning" when ModelFact() then insert( Finding.of( kcontext, "a remark" ) ); end
                """);
        return dir;
    }

    private static NetworkBuilder mlp() {
        return network(4).add(dense(8).activation("relu"), dense(3));
    }

    @Test
    void neuralintAloneNeedsNoTrainer(@TempDir Path dir) throws IOException {
        RuleBase base = RuleBase.load(probePacks(dir), Set.of(RulePack.NEURALINT));
        Diagnosis d = new RuleDiagnoser(base, Optional.empty(), CLOCK)
                .diagnose(mlp().subject(), mlp().staticFacts(), Set.of(RulePack.NEURALINT), 1, 3);
        assertEquals(1, d.techniques().size());
        assertEquals("ACH(1)", d.techniques().get(0).localisation().faults().toString());
        assertEquals(3, d.techniques().get(0).localisation().agreeing());
        assertEquals(List.of(), d.provenance().seeds(), "no training, no seeds");
        assertEquals(base.sha256(), d.provenance().rulesSha256());
    }

    @Test
    void livePacksWithoutATrainerAreNotApplicableWithANote(@TempDir Path dir) throws IOException {
        RuleBase base = RuleBase.load(probePacks(dir));
        Diagnosis d = new RuleDiagnoser(base, Optional.empty(), CLOCK)
                .diagnose(mlp().subject(), mlp().staticFacts(), EnumSet.allOf(RulePack.class), 1, 1);
        assertEquals(List.of("DD", "UM", "NL"), d.techniques().stream().map(TechniqueRun::technique).toList());
        assertEquals("N/A", d.techniques().get(0).localisation().faults().toString());
        assertTrue(d.techniques().get(0).note().orElseThrow().contains("training"));
    }

    @Test
    void deepDiagnosisAloneEndsTheRunItAsksToStop(@TempDir Path dir) throws IOException {
        RuleBase base = RuleBase.load(probePacks(dir));
        FakeTrainer trainer = new FakeTrainer();
        Diagnosis d = new RuleDiagnoser(base, Optional.of(trainer), CLOCK)
                .diagnose(mlp().subject(), mlp().staticFacts(), Set.of(RulePack.DEEPDIAGNOSIS), 5, 2);
        assertEquals(List.of(1, 1), trainer.fed);
        assertEquals(List.of(5L, 6L), d.provenance().seeds());
        assertEquals("would stop training: probe", d.techniques().get(0).note().orElseThrow());
    }

    @Test
    void withUmlautWatchingTheRunGoesOnAfterDeepDiagnosisAsksToStop(@TempDir Path dir) throws IOException {
        RuleBase base = RuleBase.load(probePacks(dir));
        FakeTrainer trainer = new FakeTrainer();
        Diagnosis d = new RuleDiagnoser(base, Optional.of(trainer), CLOCK)
                .diagnose(mlp().subject(), mlp().staticFacts(), Set.of(RulePack.DEEPDIAGNOSIS, RulePack.UMLAUT), 1, 1);
        assertEquals(List.of(10), trainer.fed);
        assertEquals("-", d.techniques().get(1).localisation().faults().toString(), "a warning is not localised");
        assertEquals(1, d.findings().stream().filter(f -> f.technique().equals("UM")).count());
    }
}
