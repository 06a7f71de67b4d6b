package dev.dnnfl.score;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.dnnfl.score.ReferenceData.round4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scorer against the study's own data: table 8 ("before") and table 10 (after neutrality
 * analysis), row by row and in the totals the reference README gives.
 */
class StudyReproductionTest {
    private static final List<ReferenceData.StudyRow> ROWS = ReferenceData.studyRows();

    private static Score scoreOf(ScoreTable table, String subject, String tool) {
        return table.tool(tool).orElseThrow().subject(subject).orElseThrow().score().orElseThrow();
    }

    /** Rows whose scores differ from the expected ones after rounding to 4 decimals (the workbook's precision). */
    private static List<String> rowsDifferingAt4Decimals(ScoreTable table, boolean after) {
        List<String> differing = new ArrayList<>();
        for (ReferenceData.StudyRow row : ROWS) {
            Score expected = after ? row.after() : row.before();
            Score actual = scoreOf(table, row.subject(), row.tool());
            if (round4(actual.rc()) != expected.rc() || round4(actual.pr()) != expected.pr()
                    || round4(actual.f3()) != expected.f3()) {
                differing.add(row.subject() + "/" + row.tool() + " " + actual + " vs " + expected);
            }
        }
        return differing;
    }

    @Test
    void theReferenceHas88IssueToolRows() {
        assertEquals(88, ROWS.size());
    }

    @Test
    void studyModeWithTheAsScoredAlternativesReproducesEveryRowOfTable10() {
        ScoreTable table = ReferenceData.score(ScoringRules.study(), "alternatives-as-scored.tsv");
        assertEquals(List.of(), rowsDifferingAt4Decimals(table, true));
    }

    @Test
    void studyModeWithTheAsScoredAlternativesReproducesTheTotalsOfTable10() {
        ScoreTable table = ReferenceData.score(ScoringRules.study(), "alternatives-as-scored.tsv");
        assertEquals(Map.of(
                "DFD", List.of(0.606, 0.371, 0.551),
                "DD", List.of(0.197, 0.273, 0.200),
                "NL", List.of(0.386, 0.402, 0.384),
                "UM", List.of(0.250, 0.227, 0.243)), ReferenceData.totals(table));
    }

    @Test
    void studyModeWithoutAlternativesReproducesEveryRowOfTable8() {
        ScoreTable table = ReferenceData.score(ScoringRules.study(), null);
        assertEquals(List.of(), rowsDifferingAt4Decimals(table, false));
    }

    @Test
    void plainModeWithTheOriginalGroundTruthReproducesTable8ExceptC3Neuralint() {
        ScoreTable table = ReferenceData.score(ScoringRules.plain(), null);
        List<String> differing = new ArrayList<>();
        for (ReferenceData.StudyRow row : ROWS) {
            Score actual = scoreOf(table, row.subject(), row.tool());
            Score expected = row.before();
            // the study rounded RC to 2 decimals before F3; plain mode does not, so allow that much
            if (Math.abs(actual.rc() - expected.rc()) > 0.005 || Math.abs(actual.pr() - expected.pr()) > 0.00005
                    || Math.abs(actual.f3() - expected.f3()) > 0.005) {
                differing.add(row.subject() + "/" + row.tool());
            }
        }
        assertEquals(List.of("C3/NL"), differing);
        // the matching rule gives nothing for WCI(3) against WCI(2)
        assertEquals(Score.ZERO, scoreOf(table, "C3", "NL"));
    }

    @Test
    void plainModeRoundsNothing() {
        ScoreTable table = ReferenceData.score(ScoringRules.plain(), null);
        assertEquals(1.0 / 3, scoreOf(table, "D4", "DD").rc(), 1e-15);
        assertEquals(Score.f3(1.0 / 3, 1), scoreOf(table, "D4", "DD").f3(), 1e-15);
    }

    @Test
    void plainModeWithAlternativesGivesTheReadmeFiguresForTheBestRecallMean() {
        // README: "with rule 7 alone the DFD totals become 0.576 / 0.366 / 0.532"
        ScoreTable table = ReferenceData.score(ScoringRules.plain(), "alternatives.tsv");
        assertEquals(List.of(0.576, 0.366, 0.532), ReferenceData.totals(table).get("DFD"));
        // the other tools' figures, as docs/readme-score.md gives them (checked by an independent script)
        assertEquals(List.of(0.227, 0.273, 0.230), ReferenceData.totals(table).get("DD"));
        assertEquals(List.of(0.364, 0.356, 0.360), ReferenceData.totals(table).get("NL"));
        assertEquals(List.of(0.250, 0.229, 0.243), ReferenceData.totals(table).get("UM"));
    }

    @Test
    void plainRulesAveragingEveryCandidateGiveTheReadmePlainFigures() {
        ScoreTable table = ReferenceData.score(ScoringRules.plain().withAveraging(CandidateAveraging.ALL),
                "alternatives.tsv");
        assertEquals(Map.of(
                "DFD", List.of(0.576, 0.203, 0.237),
                "DD", List.of(0.227, 0.109, 0.063),
                "NL", List.of(0.364, 0.243, 0.159),
                "UM", List.of(0.250, 0.119, 0.109)), ReferenceData.totals(table));
        long differing = ROWS.stream().filter(r -> {
            Score a = scoreOf(table, r.subject(), r.tool());
            return round4(a.rc()) != r.after().rc() || round4(a.pr()) != r.after().pr()
                    || round4(a.f3()) != r.after().f3();
        }).count();
        // README: "36 of 88 issue-tool rows differ from Table 10"
        assertEquals(36, differing);
    }

    @Test
    void studyRulesOnTheConfigurationPairedAlternativesGiveTheReadmeFigures() {
        ScoreTable table = ReferenceData.score(ScoringRules.study(), "alternatives.tsv");
        assertEquals(Map.of(
                "DFD", List.of(0.576, 0.372, 0.534),
                "DD", List.of(0.205, 0.273, 0.208),
                "NL", List.of(0.386, 0.402, 0.386),
                "UM", List.of(0.250, 0.255, 0.248)), ReferenceData.totals(table));
    }

    @Test
    void everyScoredSubjectOfTheReferenceIsScoredAgainstItsCandidates() {
        ScoreTable table = ReferenceData.score(ScoringRules.study(), "alternatives-as-scored.tsv");
        SubjectScore m1 = table.tool("DFD").orElseThrow().subject("M1").orElseThrow();
        SubjectScore r1 = table.tool("DFD").orElseThrow().subject("R1").orElseThrow();
        assertTrue(m1.candidates() > 1);
        assertTrue(m1.bestCandidates() <= m1.candidates());
        assertEquals(1, r1.candidates()); // R1 has no alternative
    }
}
