package dev.dnnfl.benchmark;

import dev.dnnfl.score.SubjectKind;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the subjects folder, choosing subjects, reading alternatives. */
class BenchmarkSuiteTest {
    @Test
    void subjectsAreInTheStudysOrderWithKindsByTheirIds() {
        BenchmarkSuite suite = TestSubjects.suite();
        assertEquals(List.of("M1", "C2", "D1"), suite.ids());
        assertEquals(SubjectKind.REAL, suite.subjects().get(2).kind());
        assertEquals(SubjectKind.ARTIFICIAL, suite.subjects().get(0).kind());
        assertTrue(suite.subjects().get(1).groundTruth().isEmpty(), "C2 is a correct program");
    }

    @Test
    void anUnknownSubjectIsNamedWithTheKnownOnes() {
        UserError e = assertThrows(UserError.class, () -> TestSubjects.suite().select("--subjects", List.of("M1", "Z9")));
        assertEquals("--subjects: unknown subject 'Z9' (known: M1, C2, D1)", e.getMessage());
        assertEquals(List.of("D1"), TestSubjects.suite().select("--subjects", List.of("D1")).stream()
                .map(BenchmarkSubject::id).toList());
    }

    @Test
    void studyOrderPutsMutantsBeforeRealFaultsAndNumbersNumerically() {
        List<String> ids = new java.util.ArrayList<>(List.of("D10", "x", "R2", "D9", "M3", "C1", "M1"));
        ids.sort(SubjectOrder.STUDY);
        assertEquals(List.of("M1", "M3", "C1", "R2", "D9", "D10", "x"), ids);
    }

    @Test
    void alternativesAreReadFromAFileOrEveryAlternativesFileUnderAFolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("M1"));
        Files.writeString(dir.resolve("M1/alternatives.tsv"), "# id\tnode\tpaths\tfaults\nM1\t3\t/training/optimizer\tOCH\n"
                + "M1\t5\t/training/epochs /training/batch_size\tHNE, HBS\n");
        Files.writeString(dir.resolve("table9.tsv"), "M1\t1\t2\n");
        Map<String, List<FaultList>> alts = AlternativeGroundTruths.read(dir);
        assertEquals(Map.of("M1", List.of(FaultList.parse("OCH"), FaultList.parse("HNE, HBS"))), alts);
        assertEquals(alts, AlternativeGroundTruths.read(dir.resolve("M1/alternatives.tsv")));
    }

    @Test
    void anAlternativeWithoutFaultsIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("alternatives.tsv");
        Files.writeString(file, "M1\tOCH\nM1\t-\n");
        UserError e = assertThrows(UserError.class, () -> AlternativeGroundTruths.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }

    @Test
    void aSubjectWithoutGroundTruthIsRefused(@TempDir Path dir) throws IOException {
        String m1 = Files.readString(TestSubjects.path("subjects/M1.json"));
        Files.writeString(dir.resolve("M1.json"), m1.replaceAll("\"ground_truth\": \\[[^]]*],", ""));
        UserError e = assertThrows(UserError.class, () -> BenchmarkSuite.read(dir));
        assertTrue(e.getMessage().contains("/ground_truth"), e.getMessage());
    }
}
