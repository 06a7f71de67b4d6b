package dev.dnnfl.score;

import dev.dnnfl.spec.FaultList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores worked out by hand on two or three subjects, in the manner of Tribuo's
 * {@code LabelEvaluatorTest}: each expected value is derived in the comment above it.
 */
class HandWorkedScoresTest {
    private static final double EPS = 1e-12;

    private static GroundTruth truth(String id, String kind, String faults) {
        return new GroundTruth(id, SubjectKind.fromCode(kind), FaultList.parse(faults));
    }

    private static ToolLocalisation output(String id, String tool, String faults) {
        return new ToolLocalisation(id, tool, FaultList.parse(faults));
    }

    private static Score score(ScoringRules rules, String truth, List<String> alternatives, String localised) {
        return subject(rules, truth, alternatives, localised).score().orElseThrow();
    }

    private static SubjectScore subject(ScoringRules rules, String truth, List<String> alternatives, String localised) {
        return Scorer.of(rules).score(truth("S", "A", truth),
                alternatives.stream().map(FaultList::parse).toList(), output("S", "T", localised));
    }

    private static void assertScore(double rc, double pr, double f3, Score actual) {
        assertEquals(rc, actual.rc(), EPS, "rc");
        assertEquals(pr, actual.pr(), EPS, "pr");
        assertEquals(f3, actual.f3(), EPS, "f3");
    }

    @Test
    void partlyRightLocalisationScoresRecallPrecisionAndF3() {
        // GT HLR, ACH(2); localised HLR, LCH, ACH(3): HLR matches, ACH(3) misses layer 2.
        // RC = 1/2, PR = 1/3, F3 = 10·(1/3)(1/2) / (9·(1/3) + 1/2) = (5/3) / 3.5 = 10/21
        assertScore(0.5, 1.0 / 3, 10.0 / 21, score(ScoringRules.plain(), "HLR, ACH(2)", List.of(), "HLR, LCH, ACH(3)"));
    }

    @Test
    void aFaultWithoutLayersMatchesAnyLayerOfItsType() {
        // GT ACH(5); localised ACH (DeepFD gives no layers): same type, one side without layers
        assertScore(1, 1, 1, score(ScoringRules.plain(), "ACH(5)", List.of(), "ACH"));
    }

    @Test
    void emptyLocalisationScoresZero() {
        assertEquals(Score.ZERO, score(ScoringRules.plain(), "OCH", List.of(), "-"));
    }

    @Test
    void notApplicableScoresAsAnEmptyLocalisation() {
        SubjectScore s = subject(ScoringRules.plain(), "OCH, HLR", List.of(), "N/A");
        assertEquals(Score.ZERO, s.score().orElseThrow());
        assertEquals(0, s.localisedFaults());
        assertTrue(s.localisation().notApplicable());
    }

    @Test
    void aBarGroupCountsAsOneLocalisedFaultMatchingThroughAnyReading() {
        // GT ACH(0); localised LRM|LAD|ACH(0), HLR: the group matches through ACH(0); HLR does not.
        // RC = 1/1, PR = 1/2 (two localised faults), F3 = 10·0.5·1 / (4.5 + 1) = 10/11
        SubjectScore s = subject(ScoringRules.plain(), "ACH(0)", List.of(), "LRM|LAD|ACH(0), HLR");
        assertEquals(2, s.localisedFaults());
        assertScore(1, 0.5, 10.0 / 11, s.score().orElseThrow());
    }

    @Test
    void aBarGroupWhoseReadingsAllMissMatchesNothing() {
        assertScore(0, 0, 0, score(ScoringRules.plain(), "LCH", List.of(), "LRM|LAD|ACH(0)"));
    }

    @Test
    void recallIsTheBestCandidateAndPrecisionTheMeanOverTheCandidatesReachingIt() {
        // GT HLR; alternatives OCH | OCH, HBS | ACH(1); localised OCH, HNE.
        //   HLR:      RC 0,   PR 0,   F3 0
        //   OCH:      RC 1,   PR 1/2, F3 10·0.5 / (4.5 + 1)    = 10/11
        //   OCH, HBS: RC 1/2, PR 1/2, F3 10·0.25 / (4.5 + 0.5) = 1/2
        //   ACH(1):   RC 0,   PR 0,   F3 0
        // best RC 1 reached by OCH alone: PR 1/2, F3 10/11
        List<String> alternatives = List.of("OCH", "OCH, HBS", "ACH(1)");
        SubjectScore s = subject(ScoringRules.plain(), "HLR", alternatives, "OCH, HNE");
        assertScore(1, 0.5, 10.0 / 11, s.score().orElseThrow());
        assertEquals(4, s.candidates());
        assertEquals(1, s.bestCandidates());
        // averaging every candidate: PR (0 + 1/2 + 1/2 + 0) / 4, F3 (10/11 + 1/2) / 4
        Score all = score(ScoringRules.plain().withAveraging(CandidateAveraging.ALL), "HLR", alternatives, "OCH, HNE");
        assertScore(1, 0.25, (10.0 / 11 + 0.5) / 4, all);
    }

    @Test
    void studyRulesCountAnAlternativePerLayerAndRoundRecallBeforeF3() {
        // GT LCH; alternative ACH(0,1), HLR; localised ACH(0), HLR, OCH.
        // plain: alternative = 2 faults, both matched: RC 1; PR = 2 matched localised / 3
        //        F3 = 10·(2/3) / (6 + 1) = 20/21
        assertScore(1, 2.0 / 3, 20.0 / 21, score(ScoringRules.plain(), "LCH", List.of("ACH(0,1), HLR"), "ACH(0), HLR, OCH"));
        // study: elements ACH(0), ACH(1), HLR; matched ACH(0), HLR: RC 2/3 -> 0.67;
        //        PR = min(2, 3) / 3 = 2/3; F3 = 10·(2/3)·0.67 / (6 + 0.67)
        double f3 = 10 * (2.0 / 3) * 0.67 / (6 + 0.67);
        assertScore(0.67, 2.0 / 3, f3, score(ScoringRules.study(), "LCH", List.of("ACH(0,1), HLR"), "ACH(0), HLR, OCH"));
    }

    @Test
    void studyRulesCountTheOriginalGroundTruthPerEntry() {
        // GT ACH(0,1) is one element in the original ground truth: ACH(1) finds it, RC 1
        assertScore(1, 1, 1, score(ScoringRules.study(), "ACH(0,1)", List.of(), "ACH(1)"));
    }

    @Test
    void studyPrecisionDividesMatchedGroundTruthElementsCappedByTheLocalisedCount() {
        // alternative ACH(0,1) (2 elements); localised ACH, OCH, HNE: the one ACH matches both elements.
        // plain PR = 1/3 (one localised fault matches); study PR = min(2, 3) / 3 = 2/3
        assertEquals(1.0 / 3, score(ScoringRules.plain(), "LCH", List.of("ACH(0,1)"), "ACH, OCH, HNE").pr(), EPS);
        assertEquals(2.0 / 3, score(ScoringRules.study(), "LCH", List.of("ACH(0,1)"), "ACH, OCH, HNE").pr(), EPS);
        // localised ACH alone: min(2, 1) / 1 = 1, never above 1
        assertEquals(1.0, score(ScoringRules.study(), "LCH", List.of("ACH(0,1)"), "ACH").pr(), EPS);
    }

    @Test
    void theStudysCountedMatchCreditsC3NeuralintOnTheOriginalGroundTruthOnly() {
        Scorer study = Scorer.of(ScoringRules.study());
        GroundTruth c3 = truth("C3", "A", "WCI(2)");
        SubjectScore nl = study.score(c3, List.of(FaultList.parse("WCI(2)")), output("C3", "NL", "WCI(3)"));
        assertScore(1, 1, 1, nl.score().orElseThrow());
        assertEquals(1, nl.bestCandidates()); // the alternative WCI(2) gets no credit
        assertEquals(Score.ZERO, study.score(c3, List.of(), output("C3", "DD", "WCI(3)")).score().orElseThrow());
        assertEquals(Score.ZERO, Scorer.of(ScoringRules.plain()).score(c3, List.of(), output("C3", "NL", "WCI(3)"))
                .score().orElseThrow());
    }

    @Test
    void negativeControlsCountFalseAlarmsAndStayOutOfTheAverages() {
        // S1 (A): GT HLR, ACH(2), localised HLR, LCH, ACH(3): RC 1/2, PR 1/3, F3 10/21
        // S2 (R): GT ACH(0,1), localised ACH(1)|LRM:         RC 1,   PR 1,   F3 1
        // S3 (A): GT OCH, localised -:                       0, 0, 0
        // N  (A): GT - (a correct program), localised HLR, OCH: 2 false alarms, no score
        ScorerInput input = new ScorerInput(
                List.of(truth("S1", "A", "HLR, ACH(2)"), truth("S2", "R", "ACH(0,1)"),
                        truth("S3", "A", "OCH"), truth("N", "A", "-")),
                Map.of(),
                List.of(output("S1", "T", "HLR, LCH, ACH(3)"), output("S2", "T", "ACH(1)|LRM"),
                        output("S3", "T", "-"), output("N", "T", "HLR, OCH")));
        ScoreTable table = Scorer.of(ScoringRules.plain())
                .scoreAll(input, ScoreProvenance.inMemory("plain", "test", Instant.EPOCH));
        ToolScore t = table.tool("T").orElseThrow();
        SubjectScore n = t.subject("N").orElseThrow();
        assertTrue(n.negativeControl());
        assertFalse(n.score().isPresent());
        assertEquals(2, n.falseAlarms());
        assertEquals(2, t.falseAlarms());
        assertEquals(List.of(n), t.negativeControls());
        // A: mean of S1 and S3 = (1/4, 1/6, 5/21); R: S2; all: mean of S1, S2, S3
        assertScore(0.25, 1.0 / 6, 5.0 / 21, t.averages().get(SubjectGroup.ARTIFICIAL));
        assertScore(1, 1, 1, t.averages().get(SubjectGroup.REAL));
        assertScore(0.5, (1.0 / 3 + 1) / 3, (10.0 / 21 + 1) / 3, t.averages().get(SubjectGroup.ALL));
    }

    @Test
    void aGroupWithoutScoredSubjectsHasNoAverage() {
        ScorerInput input = new ScorerInput(List.of(truth("S1", "A", "HLR"), truth("N", "R", "-")), Map.of(),
                List.of(output("S1", "T", "HLR"), output("N", "T", "-")));
        ToolScore t = Scorer.of(ScoringRules.plain())
                .scoreAll(input, ScoreProvenance.inMemory("plain", "test", Instant.EPOCH)).tool("T").orElseThrow();
        assertEquals(List.of(SubjectGroup.ARTIFICIAL, SubjectGroup.ALL), List.copyOf(t.averages().keySet()));
        assertEquals(0, t.falseAlarms());
    }

    @Test
    void f3IsZeroWhenRecallAndPrecisionAreZero() {
        assertEquals(0, Score.f3(0, 0));
        assertEquals(0, Score.f3(1, 0));
        assertEquals(1, Score.f3(1, 1));
    }
}
