package dev.dnnfl.benchmark;

import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner with a fake diagnoser: no training. */
class BenchmarkRunnerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** A fake that answers each (subject, technique, seed) from a function and records its calls. */
    static class FakeDiagnoser implements SubjectDiagnoser {
        final List<String> calls = new ArrayList<>();
        final BiFunction<String, Long, String> faults;
        String rules = "rules-1";

        FakeDiagnoser(BiFunction<String, Long, String> faults) {
            this.faults = faults;
        }

        @Override
        public SubjectDiagnosis diagnose(BenchmarkSubject subject, Set<Technique> techniques, long seed) {
            Map<Technique, TimedLocalisation> found = new EnumMap<>(Technique.class);
            for (Technique t : techniques) {
                calls.add(subject.id() + " " + t + " " + seed);
                found.put(t, new TimedLocalisation(FaultList.parse(faults.apply(subject.id() + " " + t, seed)),
                        seed - 9));
            }
            return new SubjectDiagnosis(found, rules, Map.of());
        }
    }

    private static BenchmarkRunner runner(SubjectDiagnoser d, int runs) {
        return new BenchmarkRunner(d, CombinationRule.standard(), runs, 10, "test", CLOCK);
    }

    /** Counts the progress calls. */
    static final class CountingProgress implements BenchmarkProgress {
        int steps = -1;
        int done;
        final List<String> notes = new ArrayList<>();

        @Override public void start(int n) { steps = n; }
        @Override public void working(String what) { }
        @Override public void done() { done++; }
        @Override public void note(String message) { notes.add(message); }
        @Override public void finish() { }
    }

    @Test
    void theModeOverRunsIsReportedWithItsAgreementAndStaticToolsRunOnce() {
        // DD says HLR on seeds 10 and 12, OCH on seed 11; UM is stable; NL and DFD run once
        FakeDiagnoser fake = new FakeDiagnoser((key, seed) -> key.endsWith("DD") ? (seed == 11 ? "OCH" : "HLR")
                : key.endsWith("UM") ? "ACH(2)" : key.endsWith("NL") ? "-" : "HLR, HNE");
        CountingProgress progress = new CountingProgress();
        List<BenchmarkSubject> m1 = TestSubjects.suite().select("--subjects", List.of("M1"));
        BenchmarkResults r = runner(fake, 3).run(m1, EnumSet.allOf(Technique.class), Map.of(), progress);

        ToolResult dd = r.result("M1", "DD").orElseThrow();
        assertEquals("HLR", dd.localisation().toString());
        assertEquals(3, dd.runs());
        assertEquals(2.0 / 3, dd.agreement(), 1e-12);
        assertEquals(2.0, dd.seconds(), 1e-12, "mean of 1, 2 and 3 seconds");
        assertEquals(1, r.result("M1", "NL").orElseThrow().runs());
        assertEquals(1, r.result("M1", "DFD").orElseThrow().runs());
        assertEquals(List.of("M1 DD 10", "M1 UM 10", "M1 NL 10", "M1 DFD 10", "M1 DD 11", "M1 UM 11",
                "M1 DD 12", "M1 UM 12"), fake.calls);
        assertEquals(3, progress.steps);
        assertEquals(3, progress.done);
    }

    @Test
    void theCombinedToolVotesOverTheModesAndSumsTheTimes() {
        FakeDiagnoser fake = new FakeDiagnoser((key, seed) -> key.endsWith("DD") ? "HLR" : key.endsWith("UM")
                ? "ACH(2), HLR" : key.endsWith("NL") ? "LCH" : "HNE");
        BenchmarkResults r = new BenchmarkRunner(fake, new CombinationRule(2), 1, 10, "test", CLOCK)
                .run(TestSubjects.suite().subjects(), EnumSet.allOf(Technique.class), Map.of(), BenchmarkProgress.SILENT);
        ToolResult combined = r.result("M1", CombinationRule.TOOL).orElseThrow();
        assertEquals("HLR", combined.localisation().toString());
        assertEquals(4.0, combined.seconds(), 1e-12, "four techniques of 1 s each");
        assertEquals(List.of("DFD", "DD", "NL", "UM", "combined"), r.tools());
        assertEquals(List.of("M1", "C2", "D1"), r.subjectIds(), "the study's order: M, C, R, D");
    }

    @Test
    void oneTechniqueGetsNoCombinedTool() {
        FakeDiagnoser fake = new FakeDiagnoser((key, seed) -> "HLR");
        BenchmarkResults r = runner(fake, 1).run(TestSubjects.suite().subjects(), EnumSet.of(Technique.NL), Map.of(),
                BenchmarkProgress.SILENT);
        assertEquals(List.of("NL"), r.tools());
    }

    @Test
    void aCrashIsNotApplicableWithANoteAndTheRunGoesOn() {
        SubjectDiagnoser crashing = (subject, techniques, seed) -> {
            if (subject.id().equals("D1")) throw new IllegalStateException("loss is NaN");
            return new FakeDiagnoser((k, s) -> "HLR").diagnose(subject, techniques, seed);
        };
        CountingProgress progress = new CountingProgress();
        BenchmarkResults r = runner(crashing, 1).run(TestSubjects.suite().subjects(), EnumSet.allOf(Technique.class),
                Map.of(), progress);
        ToolResult d1 = r.result("D1", "UM").orElseThrow();
        assertTrue(d1.localisation().notApplicable());
        assertTrue(d1.note().contains("IllegalStateException: loss is NaN"), d1.note());
        assertTrue(r.result("D1", CombinationRule.TOOL).orElseThrow().localisation().notApplicable());
        assertEquals("HLR", r.result("M1", "UM").orElseThrow().localisation().toString());
        assertEquals(1, progress.notes.size());
        assertEquals("rules-1", r.provenance().get(2).rulesSha256(), "a crashed subject shares the others' rules");
    }

    @Test
    void rulesChangingDuringARunAreRefused() {
        FakeDiagnoser fake = new FakeDiagnoser((k, s) -> "HLR") {
            @Override
            public SubjectDiagnosis diagnose(BenchmarkSubject subject, Set<Technique> techniques, long seed) {
                rules = subject.id().equals("D1") ? "rules-2" : "rules-1";
                return super.diagnose(subject, techniques, seed);
            }
        };
        UserError e = assertThrows(UserError.class, () -> runner(fake, 1).run(TestSubjects.suite().subjects(),
                EnumSet.allOf(Technique.class), Map.of(), BenchmarkProgress.SILENT));
        assertTrue(e.getMessage().contains("rules-2"), e.getMessage());
    }

    @Test
    void alternativesOfOtherSubjectsAndOfCorrectProgramsAreLeftOut() {
        FakeDiagnoser fake = new FakeDiagnoser((k, s) -> "HLR");
        Map<String, List<FaultList>> alts = Map.of("M1", List.of(FaultList.parse("OCH")),
                "C2", List.of(FaultList.parse("HNE")), "R9", List.of(FaultList.parse("HLR")));
        BenchmarkResults r = runner(fake, 1).run(TestSubjects.suite().subjects(), EnumSet.of(Technique.DD), alts,
                BenchmarkProgress.SILENT);
        assertEquals(Map.of("M1", List.of(FaultList.parse("OCH"))), r.alternatives());
    }
}
