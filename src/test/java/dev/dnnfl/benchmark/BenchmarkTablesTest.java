package dev.dnnfl.benchmark;

import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.Score;
import dev.dnnfl.score.ScoreProvenance;
import dev.dnnfl.score.ScoreTable;
import dev.dnnfl.score.Scorer;
import dev.dnnfl.score.ScoringRules;
import dev.dnnfl.score.SubjectScore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The study's tables computed from a result set of the study's own outputs. */
class BenchmarkTablesTest {
    private static BenchmarkTables tables(ScoringRules rules, String alternatives) {
        return BenchmarkTables.of(StudyResults.of(alternatives), rules, Optional.empty(), "test", Instant.EPOCH);
    }

    @Test
    void scoresBeforeNeutralityEqualTheScorersOnTheSameOutputs() {
        ScoreTable scorer = Scorer.of(ScoringRules.plain()).scoreAll(StudyData.input(null),
                ScoreProvenance.inMemory("plain", "test", Instant.EPOCH));
        BenchmarkTables t = tables(ScoringRules.plain(), null);
        for (String tool : List.of("DFD", "DD", "NL", "UM")) {
            for (SubjectScore expected : scorer.tool(tool).orElseThrow().subjects()) {
                assertEquals(expected.score(), t.before().tool(tool).orElseThrow()
                        .subject(expected.subjectId()).orElseThrow().score(), tool + " " + expected.subjectId());
            }
            assertEquals(scorer.tool(tool).orElseThrow().averages(), t.before().tool(tool).orElseThrow().averages());
        }
        assertTrue(t.after().isEmpty(), "no alternatives, no table 10");
        assertTrue(t.before().tool(CombinationRule.TOOL).isPresent(), "combined is scored like a fifth tool");
    }

    @Test
    void studyRulesGiveTheStudysTables8And10SubjectBySubject() throws IOException {
        BenchmarkTables before = tables(ScoringRules.study(), null);
        BenchmarkTables after = tables(ScoringRules.study(), "alternatives-as-scored.tsv");
        int rows = 0;
        for (String line : Files.readAllLines(StudyData.file("scores-study.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] c = line.split("\t");
            Score b = before.before().tool(c[1]).orElseThrow().subject(c[0]).orElseThrow().score().orElseThrow();
            Score a = after.after().orElseThrow().tool(c[1]).orElseThrow().subject(c[0]).orElseThrow().score().orElseThrow();
            // the sheet stores up to 4 decimals
            assertEquals(Double.parseDouble(c[2]), b.rc(), 5e-5, line);
            assertEquals(Double.parseDouble(c[4]), b.f3(), 5e-5, line);
            assertEquals(Double.parseDouble(c[5]), a.rc(), 5e-5, line);
            assertEquals(Double.parseDouble(c[7]), a.f3(), 5e-5, line);
            rows++;
        }
        assertEquals(88, rows);
    }

    @Test
    void matchesMarkEachGroundTruthFaultAsTheStudysTable6Does() {
        BenchmarkTables plain = tables(ScoringRules.plain(), null);
        GroundTruth d3 = plain.results().groundTruth("D3").orElseThrow();
        // GT OCH, LCH, ACH(0,1), HNE, HBS against NL's ACH(1), LCH, LCN(0)
        assertEquals(List.of(false, true, true, false, false), plain.matches(d3, "NL"));
        assertEquals(2, plain.matched(d3, "NL"));
        GroundTruth c3 = plain.results().groundTruth("C3").orElseThrow();
        assertEquals(List.of(false), plain.matches(c3, "NL"), "WCI(3) does not match WCI(2)");
        assertEquals(List.of(true), tables(ScoringRules.study(), null).matches(c3, "NL"),
                "the study rules credit C3/NL");
    }

    @Test
    void meanTimesFollowTheStudysTable12Rows() {
        BenchmarkTables t = tables(ScoringRules.plain(), null);
        // table 12: Avg. over the 18 subjects where every tool ran, T.A. over those each tool ran on
        assertEquals(270.98, t.meanSeconds("DFD", true).orElseThrow(), 0.005);
        assertEquals(6.18, t.meanSeconds("DD", true).orElseThrow(), 0.005);
        assertEquals(9.03, t.meanSeconds("NL", true).orElseThrow(), 0.005);
        assertEquals(44.22, t.meanSeconds("UM", true).orElseThrow(), 0.005);
        assertEquals(278.37, t.meanSeconds("DFD", false).orElseThrow(), 0.005);
        assertEquals(13.73, t.meanSeconds("DD", false).orElseThrow(), 0.005);
        assertEquals(9.05, t.meanSeconds("NL", false).orElseThrow(), 0.005);
        assertEquals(40.89, t.meanSeconds("UM", false).orElseThrow(), 0.005);
        assertFalse(t.allTechniquesRan("D9"));
        assertTrue(t.allTechniquesRan("D8"));
    }

    @Test
    void figureTwoUsesTheScoresAfterNeutralityWhenThereAreAlternatives() {
        BenchmarkTables before = tables(ScoringRules.plain(), null);
        BenchmarkTables after = tables(ScoringRules.plain(), "alternatives.tsv");
        assertFalse(before.figureAfterNeutrality());
        assertTrue(after.figureAfterNeutrality());
        assertEquals(before.before().tool("DFD").orElseThrow().averages().get(dev.dnnfl.score.SubjectGroup.ALL).f3(),
                before.meanF3("DFD").orElseThrow());
        assertEquals(after.after().orElseThrow().tool("DFD").orElseThrow().averages()
                .get(dev.dnnfl.score.SubjectGroup.ALL).f3(), after.meanF3("DFD").orElseThrow());
    }
}
