package dev.dnnfl.report;

import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.ScoreProvenance;
import dev.dnnfl.score.ScoreTable;
import dev.dnnfl.score.Scorer;
import dev.dnnfl.score.ScorerInput;
import dev.dnnfl.score.ScoringRules;
import dev.dnnfl.score.SubjectKind;
import dev.dnnfl.score.ToolLocalisation;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rendering a small score table: two faulty subjects, one negative control, two tools. */
class ScoreReportTest {
    @TempDir
    Path dir;

    private static ScoreTable table() {
        // S1: GT HLR; X localises HLR, OCH (RC 1, PR 0.5, F3 10/11); Y localises nothing.
        // N: a correct program; X localises ACH(1) (1 false alarm), Y nothing.
        ScorerInput input = new ScorerInput(
                List.of(new GroundTruth("S1", SubjectKind.ARTIFICIAL, FaultList.parse("HLR")),
                        new GroundTruth("N", SubjectKind.ARTIFICIAL, FaultList.parse("-"))),
                Map.of(),
                List.of(new ToolLocalisation("S1", "X", FaultList.parse("HLR, OCH")),
                        new ToolLocalisation("N", "X", FaultList.parse("ACH(1)")),
                        new ToolLocalisation("S1", "Y", FaultList.parse("N/A")),
                        new ToolLocalisation("N", "Y", FaultList.parse("-"))));
        return Scorer.of(ScoringRules.plain()).scoreAll(input,
                ScoreProvenance.inMemory("plain", "9.9", Instant.parse("2026-01-02T03:04:05Z")));
    }

    @Test
    void textShowsScoresFalseAlarmsAndOnlyTheMeansThatExist() {
        String text = ScoreReport.text(table());
        List<String> lines = text.lines().toList();
        assertTrue(lines.contains("S1        A      1.0000  0.5000  0.9091   0.0000  0.0000  0.0000"), text);
        assertTrue(lines.contains("N         A      FA 1                     FA 0"), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("mean A    (1)")), text);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("mean R")), text); // no real subject
        assertTrue(lines.contains("False alarms on 1 negative control(s): X 1, Y 0"), text);
        assertTrue(text.contains("provenance: dnnfl 9.9, java "), text);
        assertTrue(text.contains("computed 2026-01-02T03:04:05Z"), text);
    }

    @Test
    void tsvLeavesTheScoresOfANegativeControlEmpty() {
        List<String> rows = ScoreReport.tsv(table()).lines().filter(l -> !l.startsWith("#")).toList();
        assertTrue(rows.contains("subject\tX\tN\tA\t\t\t\t1\t0\t0"), rows.toString());
        assertTrue(rows.contains("subject\tX\tS1\tA\t1.0000\t0.5000\t0.9091\t2\t1\t1"), rows.toString());
        assertTrue(rows.contains("mean\tY\t\tall\t0.0000\t0.0000\t0.0000\t\t\t"), rows.toString());
    }

    @Test
    void jsonKeepsNegativeControlsOutOfTheScoredSubjects() {
        String json = ScoreReport.json(table());
        assertTrue(json.contains("\"negative_controls\" : {\n        \"N\" : {\n          \"false_alarms\" : 1"), json);
        assertEquals(-1, json.indexOf("\"N\" : {\n          \"rc\""), json);
    }

    @Test
    void everyFormatRendersThroughOneEntryPoint() {
        ScoreTable t = table();
        assertEquals(ScoreReport.markdown(t), ScoreReport.render(t, ReportFormat.MARKDOWN));
        assertEquals(ScoreReport.json(t), ScoreReport.render(t, ReportFormat.JSON));
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.parse("MD"));
    }

    @Test
    void reportFileReplacesTheTargetInOneStep() throws IOException {
        Path target = dir.resolve("scores.md");
        Files.writeString(target, "old");
        ReportFile.write(target, "new\n");
        assertEquals("new\n", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void reportFileUnderARegularFileIsAUserError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        UserError e = assertThrows(UserError.class, () -> ReportFile.write(file.resolve("scores.md"), "text"));
        assertTrue(e.getMessage().startsWith(file.resolve("scores.md") + ": cannot write the report"), e.getMessage());
    }
}
