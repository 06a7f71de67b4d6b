package dev.dnnfl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Dnnfl.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void listsTheThresholdsInForceAndTheRulesWithTheirFaults(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("neuralint.drl"),
                Files.readString(Path.of("rules/neuralint.drl")).replace("minEpochs : int = 1", "minEpochs : int = 4"));
        String[] r = run("rules", "--rules", dir.toString(), "--format", "json");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertEquals(4, json.path("thresholds").path("NeuralintLimits").path("minEpochs").asInt());
        assertEquals(10, json.path("thresholds").path("NeuralintLimits").path("deepCnnLayers").asInt());
        assertEquals("HNE", json.path("rules").path("dnnfl.neuralint").path("NL R12 training does not iterate").asText());
    }

    @Test
    void theTextListingNamesEachRuleOnce() {
        String[] r = run("rules", "--rules", "rules");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("  minEpochs = 1"), r[1]);
        assertTrue(r[1].contains("WCI  NL R1 constant weight initialisation"), r[1]);
    }

    @Test
    void aBrokenFileIsABadInput(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.drl"), "package p;\nrule \"r\" when\n  Nope( )\nthen end\n");
        String[] r = run("rules", "--rules", dir.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].matches("(?s)dnnfl: \\S*x\\.drl:3:\\d+: .*"), r[2]);
    }

    @Test
    void anEmptyRulesFolderIsABadInputNamingTheExpectedFiles(@TempDir Path dir) {
        String[] r = run("rules", "--rules", dir.toString());
        assertEquals("2", r[0], r[1]);
        assertEquals("dnnfl: " + dir + ": holds none of the rule files deepdiagnosis.drl, umlaut.drl, neuralint.drl "
                + "(give the rules folder with --rules DIR)", r[2].strip());
    }

    @Test
    void diagnoseWithAnEmptyRulesFolderNamesTheFolderAndTheExpectedFiles(@TempDir Path dir) {
        String[] r = run("diagnose", "benchmark/subjects/example.json", "--tools", "nl", "--rules", dir.toString());
        assertEquals("2", r[0], r[1]);
        assertTrue(r[2].strip().startsWith("dnnfl: " + dir + ": holds none of the rule files deepdiagnosis.drl, umlaut.drl, "
                + "neuralint.drl"), r[2]);
    }
}
