package dev.dnnfl.benchmark;

import dev.dnnfl.rules.RuleBase;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule-pack diagnoser on a test subject, NeuraLint only (static: no training). */
class StageDiagnoserTest {
    @Test
    void neuraLintRunsStaticallyAndDeepFdIsNotApplicable() {
        RuleBase rules = RuleBase.load(Path.of("rules"));
        BenchmarkSubject m1 = TestSubjects.suite().select("--subjects", List.of("M1")).get(0);
        SubjectDiagnosis d = new StageDiagnoser(rules, java.util.Optional.empty(), Clock.systemUTC())
                .diagnose(m1, EnumSet.of(Technique.NL, Technique.DFD), 1);
        assertEquals(EnumSet.of(Technique.NL, Technique.DFD), d.localisations().keySet());
        assertFalse(d.localisations().get(Technique.NL).faults().notApplicable(), "NL ran");
        assertTrue(d.localisations().get(Technique.DFD).faults().notApplicable(), "DFD is not wired");
        assertEquals(rules.sha256(), d.rulesSha256());
        assertTrue(d.classifierSha256().isEmpty());
    }
}
