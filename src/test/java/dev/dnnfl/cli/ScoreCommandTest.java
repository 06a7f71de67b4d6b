package dev.dnnfl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.score.ScoreProvenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dnnfl score} from the command line: every format, {@code --out}, and bad input. */
class ScoreCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String reference(String name) {
        try {
            return Path.of(ScoreCommandTest.class.getResource("/reference/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRun studyScores(String format) {
        return run("score", "--ground-truth", reference("ground-truth.tsv"),
                "--alternatives", reference("alternatives-as-scored.tsv"),
                "--outputs", reference("outputs.tsv"), "--mode", "study", "--format", format);
    }

    /** The study's table 10 row of a subject and tool, from the reference data: RC, PR, F3 as written there. */
    private static List<String> table10(String subject, String tool) throws IOException {
        return Files.readAllLines(Path.of(reference("scores-study.tsv"))).stream()
                .filter(l -> l.startsWith(subject + "\t" + tool + "\t"))
                .map(l -> Arrays.asList(l.split("\t")).subList(5, 8)).findFirst().orElseThrow();
    }

    private static List<String> words(String text, String firstWords) {
        return text.lines().filter(l -> l.startsWith(firstWords)).findFirst()
                .map(l -> List.of(l.trim().split("\\s+"))).orElseThrow();
    }

    @Test
    void textFormatPrintsATableWithTheTable10Totals() {
        CliRun r = studyScores("text");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        List<String> all = words(r.out(), "mean all");
        // Table 10 totals: DFD 0.606 / 0.371 / 0.551, DD 0.197 / 0.273 / 0.200
        assertEquals(List.of("mean", "all", "(22)"), all.subList(0, 3));
        assertEquals(0.606, Double.parseDouble(all.get(3)), 0.0005);
        assertEquals(0.371, Double.parseDouble(all.get(4)), 0.0005);
        assertEquals(0.551, Double.parseDouble(all.get(5)), 0.0005);
        assertEquals(0.197, Double.parseDouble(all.get(6)), 0.0005);
        assertTrue(r.out().contains("counted match C3/NL: WCI(3) counts as WCI(2)"), r.out());
        assertTrue(r.out().contains("ground-truth sha256 "), r.out());
    }

    @Test
    void markdownFormatPrintsOneRowPerSubject() throws IOException {
        CliRun r = studyScores("md");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("| subject | kind | DFD RC | DFD PR | DFD F3 | DD RC |"), lines.get(0));
        String m1 = lines.stream().filter(l -> l.startsWith("| M1 |")).findFirst().orElseThrow();
        List<String> cells = List.of(m1.split("\\s*\\|\\s*"));
        List<String> expected = table10("M1", "DFD");
        assertEquals(Double.parseDouble(expected.get(0)), Double.parseDouble(cells.get(3)), 5e-5);
        assertEquals(Double.parseDouble(expected.get(2)), Double.parseDouble(cells.get(5)), 5e-5);
        assertEquals(22, lines.stream().filter(l -> l.matches("\\| [MCRD]\\d \\| [AR] \\|.*")).count());
    }

    @Test
    void tsvFormatReproducesTable10RowByRow() throws IOException {
        CliRun r = studyScores("tsv");
        assertEquals(0, r.exitCode(), r.err());
        List<String[]> rows = r.out().lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        assertEquals("row\ttool\tsubject\tkind\trc\tpr\tf3\tlocalised\tcandidates\tbest_candidates",
                String.join("\t", rows.get(0)));
        List<String[]> subjects = rows.stream().filter(c -> c[0].equals("subject")).toList();
        assertEquals(88, subjects.size());
        for (String[] c : subjects) {
            List<String> expected = table10(c[2], c[1]);
            for (int i = 0; i < 3; i++) {
                assertEquals(Double.parseDouble(expected.get(i)), Double.parseDouble(c[4 + i]), 5e-5,
                        c[2] + "/" + c[1] + " column " + i);
            }
        }
        assertEquals(12, rows.stream().filter(c -> c[0].equals("mean")).count()); // 4 tools × A, R, all
    }

    @Test
    void jsonFormatFollowsTheArchitectureAndCarriesProvenance() throws IOException {
        CliRun r = studyScores("json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode m1 = root.at("/tools/DFD/subjects/M1");
        assertEquals(Double.parseDouble(table10("M1", "DFD").get(0)), m1.get("rc").asDouble(), 1e-12);
        assertEquals(List.of("rc", "pr", "f3"), iterable(m1.fieldNames()));
        assertEquals(List.of("A", "R", "all"), iterable(root.at("/tools/NL/averages").fieldNames()));
        assertEquals(0.384, root.at("/tools/NL/averages/all/f3").asDouble(), 0.0005);
        assertEquals(List.of("DFD", "DD", "NL", "UM"), iterable(root.get("tools").fieldNames()));
        assertEquals("study", root.at("/provenance/mode").asText());
        assertEquals(ScoreProvenance.sha256(Path.of(reference("outputs.tsv"))),
                root.at("/provenance/input_sha256/outputs").asText());
        assertEquals(DnnflVersion.number(), root.at("/provenance/dnnfl_version").asText()); // the version diagnoses record too
        assertEquals("C3", root.at("/rules/counted_matches/0/subject").asText());
    }

    @Test
    void twoRunsOnTheSameInputsDifferOnlyInTheirTime() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode first = (ObjectNode) mapper.readTree(studyScores("json").out());
        ObjectNode second = (ObjectNode) mapper.readTree(studyScores("json").out());
        ((ObjectNode) first.get("provenance")).remove("created_at");
        ((ObjectNode) second.get("provenance")).remove("created_at");
        assertEquals(first, second);
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void outWritesTheReportToAFileAndNothingToStdout() throws IOException {
        Path target = dir.resolve("reports/scores.tsv");
        CliRun r = run("score", "--ground-truth", reference("ground-truth.tsv"), "--outputs", reference("outputs.tsv"),
                "--format", "tsv", "--out", target.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals("dnnfl: scores written to " + target + "\n", r.err().replace("\r\n", "\n"));
        String written = Files.readString(target);
        assertTrue(written.contains("\nsubject\tDFD\tM1\tA\t"), written);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList()); // no temporary file left behind
        }
    }

    @Test
    void aBadGroundTruthLineExitsWith2AndNamesFileAndLine() throws IOException {
        Path gt = Files.writeString(dir.resolve("gt.tsv"), "# id kind faults\nS1\tA\tHLR\nS2\tX\tOCH\n");
        Path out = Files.writeString(dir.resolve("out.tsv"), "S1\tDD\tHLR\nS2\tDD\t-\n");
        CliRun r = run("score", "--ground-truth", gt.toString(), "--outputs", out.toString());
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals("dnnfl: " + gt + ":3: kind: unknown subject kind 'X' (expected A or R)\n",
                r.err().replace("\r\n", "\n"));
    }

    @Test
    void aBadOutputFaultExitsWith2WithoutAStackTrace() throws IOException {
        Path gt = Files.writeString(dir.resolve("gt.tsv"), "S1\tA\tHLR\n");
        Path out = Files.writeString(dir.resolve("out.tsv"), "S1\tDD\tHLR, ACX(2)\n");
        CliRun r = run("score", "--ground-truth", gt.toString(), "--outputs", out.toString(), "--format", "json");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("dnnfl: " + out + ":1: faults: unknown fault type 'ACX'"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aMissingFileExitsWith2() {
        Path missing = dir.resolve("missing.tsv");
        CliRun r = run("score", "--ground-truth", missing.toString(), "--outputs", reference("outputs.tsv"));
        assertEquals(2, r.exitCode());
        assertEquals("dnnfl: " + missing + ": no such file\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void anUnknownModeOrFormatOrAMissingOptionIsAUsageError() {
        CliRun mode = run("score", "--ground-truth", reference("ground-truth.tsv"), "--outputs", reference("outputs.tsv"),
                "--mode", "exact");
        assertEquals(2, mode.exitCode());
        assertTrue(mode.err().contains("unknown scoring mode 'exact' (expected one of: plain, study)"), mode.err());
        assertTrue(mode.err().trim().endsWith("(see 'dnnfl score --help')"), mode.err());
        CliRun format = run("score", "--ground-truth", reference("ground-truth.tsv"), "--outputs", reference("outputs.tsv"),
                "--format", "xml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("unknown format 'xml' (expected one of: text, md, tsv, json)"), format.err());
        CliRun missing = run("score", "--ground-truth", reference("ground-truth.tsv"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("--outputs"), missing.err());
    }

    @Test
    void helpListsTheOptions() {
        CliRun r = run("score", "--help");
        assertEquals(0, r.exitCode());
        for (String option : List.of("--ground-truth", "--alternatives", "--outputs", "--mode", "--format", "--out")) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
