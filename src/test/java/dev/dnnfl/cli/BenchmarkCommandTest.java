package dev.dnnfl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dnnfl benchmark run|report} from the command line, with replayed localisations (no training). */
class BenchmarkCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String resource(String name) {
        try {
            return Path.of(BenchmarkCommandTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code benchmark run} on the three test subjects, replaying the test outputs, plus extra arguments. */
    private CliRun benchmarkRun(String... extra) {
        List<String> args = new ArrayList<>(List.of("benchmark", "run",
                "--subjects-dir", resource("benchmark/subjects"),
                "--replay", resource("benchmark/replay/outputs.tsv"),
                "--study", resource("reference"),
                "--out", dir.resolve("results").toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void runWritesTheResultsTablesAndFigure() throws IOException {
        CliRun r = benchmarkRun();
        assertEquals(0, r.exitCode(), r.err());
        Path results = dir.resolve("results");
        for (String f : List.of("outputs.tsv", "timings.tsv", "ground-truth.tsv", "alternatives.tsv",
                "provenance.tsv", "tables.md", "index.html", "figure2-f3-vs-time.png")) {
            assertTrue(Files.isRegularFile(results.resolve(f)), f);
        }
        String outputs = Files.readString(results.resolve("outputs.tsv"));
        assertTrue(outputs.contains("M1\tUM\tHLR, ACH(2)\n"), outputs);
        assertTrue(outputs.contains("D1\tDD\tN/A\n"), outputs);
        // combined on M1: HLR (DD, UM, DFD), then ACH(2) and OCH with one vote each
        assertTrue(outputs.contains("M1\tcombined\tHLR, ACH(2), OCH\n"), outputs);
        assertTrue(Files.readString(results.resolve("timings.tsv")).contains("M1\tDFD\t30.000\t1\t1.000\t"));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("combined ")), r.out());
        assertTrue(r.err().contains("22/22") || r.err().contains("3/3"), "a progress bar: " + r.err());
    }

    @Test
    void reportRebuildsTheTablesFromTheStoredResults() throws IOException {
        assertEquals(0, benchmarkRun().exitCode());
        Path results = dir.resolve("results");
        Files.delete(results.resolve("index.html"));
        CliRun r = run("benchmark", "report", "--results", results.toString(), "--study", resource("reference"),
                "--out", dir.resolve("again").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("again/index.html")));
        assertEquals(Files.readString(results.resolve("outputs.tsv")), Files.readString(dir.resolve("again/outputs.tsv")));
    }

    @Test
    void withNeutralityTheTablesAfterItAppear() throws IOException {
        CliRun r = benchmarkRun("--with-neutrality", "--alternatives", resource("benchmark/replay/alternatives.tsv"));
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(dir.resolve("results/index.html"));
        assertTrue(html.contains("<h2 id=\"table-10\">"), "table 10");
        assertTrue(html.contains("after neutrality analysis"), "table 11's second half");
        assertEquals("# id\tfaults: alternative ground truths (fixes found by neutrality analysis)\n"
                        + "M1\tOCH\nD1\tHNE\nD1\tHLR, HNE\n",
                Files.readString(dir.resolve("results/alternatives.tsv")));
        // D1's DFD said HLR, HNE: against the alternative HLR, HNE it recalls everything
        assertTrue(Files.readString(dir.resolve("results/tables.md")).contains("| D1 | R | 2 |"));
    }

    @Test
    void deepFdWithoutItsClassifiersExitsWith2() {
        CliRun r = run("benchmark", "run", "--subjects-dir", resource("benchmark/subjects"), "--tools", "dfd",
                "--classifiers", dir.resolve("no-classifiers").toString(), "--out", dir.resolve("results").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("dnnfl: ") && r.err().contains("no-classifiers"), r.err());
    }

    @Test
    void benchmarkAloneListsItsCommands() {
        CliRun r = run("benchmark");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("run") && r.out().contains("report"), r.out());
    }

    @Test
    void reportAddsAlternativesFoundLaterWithoutRetraining() throws IOException {
        assertEquals(0, benchmarkRun().exitCode());
        Path results = dir.resolve("results");
        CliRun r = run("benchmark", "report", "--results", results.toString(), "--study", resource("reference"),
                "--alternatives", resource("benchmark/replay/alternatives.tsv"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(results.resolve("index.html")).contains("<h2 id=\"table-10\">"));
        assertTrue(Files.readString(results.resolve("alternatives.tsv")).contains("D1\tHLR, HNE"));
    }

    @Test
    void anUnknownSubjectExitsWith2AndIsNamed() {
        CliRun r = benchmarkRun("--subjects", "M1,Q7");
        assertEquals(2, r.exitCode());
        assertEquals("dnnfl: --subjects: unknown subject 'Q7' (known: M1, C2, D1)", r.err().strip());
        assertFalse(Files.exists(dir.resolve("results")), "nothing written");
    }

    @Test
    void anUnknownToolOrRunCountExitsWith2() {
        CliRun tools = benchmarkRun("--tools", "dd,xx");
        assertEquals(2, tools.exitCode());
        assertTrue(tools.err().startsWith("dnnfl: --tools: unknown technique 'xx' (expected one of: dd, um, nl, dfd)"),
                tools.err());
        CliRun runs = benchmarkRun("--runs", "0");
        assertEquals(2, runs.exitCode());
        assertTrue(runs.err().contains("--runs: must be at least 1, found 0"), runs.err());
    }

    @Test
    void aSubsetRunIsMergedIntoTheStoredResults() throws IOException {
        assertEquals(0, benchmarkRun().exitCode());
        CliRun again = benchmarkRun("--subjects", "D1");
        assertEquals(0, again.exitCode(), again.err());
        String gt = Files.readString(dir.resolve("results/ground-truth.tsv"));
        assertTrue(gt.contains("M1\tA\t") && gt.contains("C2\tA\t") && gt.contains("D1\tR\t"), gt);
    }

    @Test
    void storedResultsOfTwoRuleSetsAreRefusedWithExit2() throws IOException {
        assertEquals(0, benchmarkRun().exitCode());
        Path provenance = dir.resolve("results/provenance.tsv");
        List<String> lines = new ArrayList<>(Files.readAllLines(provenance));
        int last = lines.size() - 1;
        String[] c = lines.get(last).split("\t", -1);
        c[2] = "another-rules-hash";
        lines.set(last, String.join("\t", c));
        Files.write(provenance, lines);
        CliRun r = run("benchmark", "report", "--results", dir.resolve("results").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("dnnfl: ") && r.err().contains("another-rules-hash")
                && r.err().contains("cannot share a table"), r.err());
        CliRun merge = benchmarkRun("--subjects", "M1");
        assertEquals(2, merge.exitCode(), "a new run is not mixed into them either");
    }

    @Test
    void aMissingResultsFolderExitsWith2() {
        CliRun r = run("benchmark", "report", "--results", dir.resolve("none").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("none"), r.err());
    }
}
