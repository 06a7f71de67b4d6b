package dev.dnnfl.score;

import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the scorer files: what is accepted, and bad lines named by file and line. */
class ScorerInputTest {
    @TempDir
    Path dir;

    private static final String GOOD_TRUTH = "# id\tkind\tfaults\nS1\tA\tHLR, ACH(2)\n\nS2\tR\t-\n";
    private static final String GOOD_OUTPUTS = "S1\tDD\tHLR\nS2\tDD\tN/A\nS1\tNL\tLRM|ACH(2)\nS2\tNL\t-\n";

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private String errorReading(String truth, String alternatives, String outputs) throws IOException {
        Path gt = write("gt.tsv", truth);
        Path alt = alternatives == null ? null : write("alt.tsv", alternatives);
        Path out = write("out.tsv", outputs);
        return assertThrows(UserError.class, () -> ScorerInput.read(gt, alt, out)).getMessage();
    }

    @Test
    void goodFilesAreReadWithCommentsBlankLinesAndIgnoredMiddleColumns() throws IOException {
        ScorerInput input = ScorerInput.read(write("gt.tsv", GOOD_TRUTH),
                write("alt.tsv", "# label\tnode\thyperparameters\tfaults\nS1\t37\tlr\tHLR\nS1\tOCH, HBS\r\n"),
                write("out.tsv", GOOD_OUTPUTS));
        assertEquals(List.of("S1", "S2"), input.groundTruths().stream().map(GroundTruth::subjectId).toList());
        assertEquals(SubjectKind.REAL, input.groundTruths().get(1).kind());
        assertTrue(input.groundTruths().get(1).negativeControl());
        assertEquals(List.of(FaultList.parse("HLR"), FaultList.parse("OCH, HBS")), input.alternativesOf("S1"));
        assertEquals(List.of(), input.alternativesOf("S2"));
        assertEquals(List.of("DD", "NL"), input.tools());
        assertTrue(input.localisation("S2", "DD").orElseThrow().faults().notApplicable());
    }

    @Test
    void aGroundTruthLineWithTwoColumnsIsNamedByFileAndLine() throws IOException {
        String message = errorReading("S1\tA\tHLR\nS2\tR\n", null, GOOD_OUTPUTS);
        assertEquals(dir.resolve("gt.tsv") + ":2: expected 3 tab-separated columns id<TAB>kind<TAB>faults, found 2",
                message);
    }

    @Test
    void anUnknownKindIsRejected() throws IOException {
        String message = errorReading("S1\tX\tHLR\n", null, "S1\tDD\tHLR\n");
        assertTrue(message.endsWith("gt.tsv:1: kind: unknown subject kind 'X' (expected A or R)"), message);
    }

    @Test
    void anUnknownFaultTypeNamesTheLineTheColumnAndTheKnownTypes() throws IOException {
        String message = errorReading("S1\tA\tHLR\nS2\tR\tHLX, OCH\n", null, GOOD_OUTPUTS);
        assertTrue(message.contains("gt.tsv:2: faults: unknown fault type 'HLX' (expected one of: HBS, HLR"), message);
    }

    @Test
    void aBadLayerIndexInAnOutputIsRejected() throws IOException {
        String message = errorReading(GOOD_TRUTH, null, "S1\tDD\tACH(x)\nS2\tDD\t-\n");
        assertTrue(message.contains("out.tsv:1: faults: bad layer index 'x'"), message);
    }

    @Test
    void aGroundTruthCannotBeNotApplicableOrOfferAlternatives() throws IOException {
        assertTrue(errorReading("S1\tA\tN/A\n", null, "S1\tDD\tHLR\n")
                .endsWith("gt.tsv:1: faults: a ground truth cannot be N/A (write - for a correct program)"));
        assertTrue(errorReading("S1\tA\tHLR|OCH\n", null, "S1\tDD\tHLR\n").contains("gt.tsv:1: faults: a ground truth"
                + " cannot offer '|' alternatives, found 'HLR|OCH'"));
    }

    @Test
    void aDuplicateSubjectNamesTheEarlierLine() throws IOException {
        String message = errorReading("S1\tA\tHLR\n# again\nS1\tR\tOCH\n", null, "S1\tDD\tHLR\n");
        assertTrue(message.endsWith("gt.tsv:3: subject 'S1' already has a ground truth on line 1"), message);
    }

    @Test
    void badAlternativesAreNamedByLine() throws IOException {
        assertTrue(errorReading(GOOD_TRUTH, "S1\tHLR\nS9\tOCH\n", GOOD_OUTPUTS)
                .endsWith("alt.tsv:2: subject 'S9' has no line in the ground truth"));
        assertTrue(errorReading(GOOD_TRUTH, "S1\t-\n", GOOD_OUTPUTS)
                .endsWith("alt.tsv:1: faults (last column): an alternative ground truth needs at least one fault, found '-'"));
        assertTrue(errorReading(GOOD_TRUTH, "S2\tHLR\n", GOOD_OUTPUTS)
                .endsWith("alt.tsv:1: subject 'S2' is a negative control (empty ground truth): it has no alternatives"));
        assertTrue(errorReading(GOOD_TRUTH, "S1\n", GOOD_OUTPUTS)
                .endsWith("alt.tsv:1: expected at least 2 tab-separated columns: the subject id first, the faults last"));
    }

    @Test
    void badOutputsAreNamedByLine() throws IOException {
        assertTrue(errorReading(GOOD_TRUTH, null, "S1\tDD\tHLR\nS3\tDD\tHLR\n")
                .endsWith("out.tsv:2: subject 'S3' has no line in the ground truth"));
        assertTrue(errorReading(GOOD_TRUTH, null, "S1\tDD\tHLR\nS1\tDD\tOCH\n")
                .endsWith("out.tsv:2: tool DD already has an output for subject 'S1' on line 1"));
        assertTrue(errorReading(GOOD_TRUTH, null, "S1\tDD\tHLR\textra\n")
                .endsWith("out.tsv:1: expected 3 tab-separated columns id<TAB>tool<TAB>faults, found 4"));
    }

    @Test
    void aToolWithoutALineForEverySubjectIsRejected() throws IOException {
        String message = errorReading(GOOD_TRUTH, null, "S1\tDD\tHLR\nS2\tDD\t-\nS1\tNL\tHLR\n");
        assertEquals(dir.resolve("out.tsv") + ": tool NL has no line for subject(s) S2 (write N/A when the tool could"
                + " not run)", message);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.tsv");
        UserError e = assertThrows(UserError.class, () -> ScorerInput.read(missing, null, missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void aFileWithOnlyCommentsHasNoGroundTruth() throws IOException {
        String message = errorReading("# nothing\n", null, GOOD_OUTPUTS);
        assertTrue(message.endsWith("gt.tsv: no ground truth lines (expected id<TAB>kind<TAB>faults)"), message);
    }
}
