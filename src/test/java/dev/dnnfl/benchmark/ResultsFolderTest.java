package dev.dnnfl.benchmark;

import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Results stored in a folder and read back; mixed configurations refused. */
class ResultsFolderTest {
    private static void store(Path dir, BenchmarkResults results) throws IOException {
        for (Map.Entry<String, String> f : ResultsFolder.render(results).entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
    }

    @Test
    void storedResultsReadBackEqual(@TempDir Path dir) throws IOException {
        BenchmarkResults results = StudyResults.of("alternatives.tsv");
        store(dir, results);
        assertEquals(ResultsFolder.FILES, List.copyOf(ResultsFolder.render(results).keySet()));
        BenchmarkResults read = ResultsFolder.read(dir);
        // seconds are stored to the millisecond, so compare what is stored, and the rest exactly
        assertEquals(ResultsFolder.render(results), ResultsFolder.render(read));
        assertEquals(results.groundTruths(), read.groundTruths());
        assertEquals(results.alternatives(), read.alternatives());
        assertEquals(results.provenance(), read.provenance());
        assertEquals(results.results().stream().map(ToolResult::localisation).toList(),
                read.results().stream().map(ToolResult::localisation).toList());
    }

    @Test
    void outputsTsvIsTheScorersFormatWithTheCombinedTool() {
        String outputs = ResultsFolder.render(StudyResults.of(null)).get("outputs.tsv");
        assertTrue(outputs.contains("M1\tDFD\tHLR, ACH, LCH, HNE\n"), outputs);
        assertTrue(outputs.contains("D9\tDFD\tN/A\n"));
        assertTrue(outputs.contains("M1\tcombined\t"));
    }

    @Test
    void resultsOfTwoRuleSetsInOneFolderAreRefused(@TempDir Path dir) throws IOException {
        BenchmarkResults results = StudyResults.of(null);
        store(dir, results);
        Path provenance = dir.resolve("provenance.tsv");
        String text = Files.readString(provenance);
        Files.writeString(provenance, text.replaceFirst("D9\tsha-D9\trules-1", "D9\tsha-D9\trules-2"));
        UserError e = assertThrows(UserError.class, () -> ResultsFolder.read(dir));
        assertTrue(e.getMessage().contains("provenance.tsv") && e.getMessage().contains("rules-2")
                && e.getMessage().contains("[D9]"), e.getMessage());
    }

    @Test
    void mergingResultsOfOtherRulesIsRefusedAndOfTheSameRulesReplacesSubjects() {
        BenchmarkResults stored = StudyResults.of(null);
        BenchmarkResults m1Again = new BenchmarkResults(List.of(stored.groundTruth("M1").orElseThrow()), Map.of(),
                stored.results().stream().filter(r -> r.subjectId().equals("M1"))
                        .map(r -> ToolResult.of("M1", r.tool(), FaultList.parse("WCI(0)"), 1, 1, 1)).toList(),
                stored.combination(), List.of(StudyResults.provenance("M1", "rules-1")));
        BenchmarkResults merged = stored.merge(m1Again, "out");
        assertEquals(22, merged.subjectIds().size());
        assertEquals("WCI(0)", merged.result("M1", "DD").orElseThrow().localisation().toString());
        assertEquals(stored.result("M2", "DD"), merged.result("M2", "DD"));

        BenchmarkResults otherRules = new BenchmarkResults(m1Again.groundTruths(), Map.of(), m1Again.results(),
                stored.combination(), List.of(StudyResults.provenance("M1", "rules-2")));
        UserError e = assertThrows(UserError.class, () -> stored.merge(otherRules, "out"));
        assertTrue(e.getMessage().startsWith("out: ") && e.getMessage().contains("rules-2"), e.getMessage());
    }

    @Test
    void aResultSetOfTwoConfigurationsCannotBeBuilt() {
        BenchmarkResults stored = StudyResults.of(null);
        List<SubjectProvenance> mixed = new ArrayList<>(stored.provenance());
        mixed.set(0, StudyResults.provenance(mixed.get(0).subjectId(), "rules-2"));
        assertThrows(IllegalArgumentException.class, () -> new BenchmarkResults(stored.groundTruths(), Map.of(),
                stored.results(), stored.combination(), mixed));
    }

    @Test
    void aBadTimingsLineIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        store(dir, StudyResults.of(null));
        Path timings = dir.resolve("timings.tsv");
        List<String> lines = new ArrayList<>(Files.readAllLines(timings));
        lines.set(2, "M1\tDFD\tlots");
        Files.write(timings, lines);
        UserError e = assertThrows(UserError.class, () -> ResultsFolder.read(dir));
        assertTrue(e.getMessage().contains("timings.tsv:3: "), e.getMessage());
    }

    @Test
    void aMissingFolderIsAUserError(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> ResultsFolder.read(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("nowhere"));
    }
}
