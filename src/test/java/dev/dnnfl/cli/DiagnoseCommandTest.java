package dev.dnnfl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnoseCommandTest {
    private static final Path SUBJECT = Path.of("src/test/resources/rules/subjects/linear-output.json");

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void neuralintAloneLocalisesTheLinearOutputAndScoresIt() throws IOException {
        CliRun r = run("diagnose", SUBJECT.toString(), "--tools", "nl", "--rules", "rules", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("ACH(1)", json.path("localisations").path("NL").asText());
        assertFalse(json.path("localisations").has("DD"), "dd was not asked for");
        assertEquals("NL R4a missing softmax on a multi-class output", json.path("findings").get(0).path("rule").asText());
        assertEquals(1.0, json.path("score").path("NL").path("rc").asDouble());
        assertEquals(1.0, json.path("score").path("NL").path("f3").asDouble());
        assertEquals(64, json.path("provenance").path("rulesSha256").asText().length());
    }

    @Test
    void theTextReportShowsLocalisationMessageAndFix() {
        CliRun r = run("diagnose", SUBJECT.toString(), "--tools", "nl", "--rules", "rules");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("NL   ACH(1)"), r.out());
        assertTrue(r.out().contains("missing softmax"), r.out());
        assertTrue(r.out().contains("fix: use activation softmax on the last layer"), r.out());
        assertTrue(r.out().contains("RC 1.00  PR 1.00  F3 1.00"), r.out());
    }

    @Test
    void aBrokenRuleFileGivesFileLineColumnAndExitTwo(@TempDir Path dir) throws IOException {
        String drl = Files.readString(Path.of("rules/neuralint.drl"))
                .replace("LayerFact( last, $i : index, $a : activation, $w : outputWidth )",
                        "LayerFact( last, $i : index, $a : activation, $w : outputWidht )");
        Files.writeString(dir.resolve("neuralint.drl"), drl);
        long line = drl.lines().takeWhile(l -> !l.contains("outputWidht")).count() + 1;
        CliRun r = run("diagnose", SUBJECT.toString(), "--tools", "nl", "--rules", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("dnnfl: "), r.err());
        assertTrue(r.err().matches("(?s)dnnfl: \\S*neuralint\\.drl:" + line + ":\\d+: .*outputWidht.*"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void markdownGoesToTheOutFileAndNothingToStdout(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("diagnosis.md");
        CliRun r = run("diagnose", SUBJECT.toString(), "--tools", "nl", "--rules", "rules", "--format", "md",
                "--out", report.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        String md = Files.readString(report);
        assertTrue(md.startsWith("# Diagnosis of linear-output"), md);
        assertTrue(md.contains("| NL | `ACH(1)` |"), md);
    }

    @Test
    void anUnknownToolIsABadArgument() {
        CliRun r = run("diagnose", SUBJECT.toString(), "--tools", "nl,xx", "--rules", "rules");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown technique 'xx'"), r.err());
    }

    @Test
    void anUnknownFormatIsABadArgument() {
        CliRun r = run("diagnose", SUBJECT.toString(), "--tools", "nl", "--rules", "rules", "--format", "xml");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--format"), r.err());
    }
}
