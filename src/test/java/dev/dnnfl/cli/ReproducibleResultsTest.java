package dev.dnnfl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Style guide 5.9 from the command line: a diagnosis carries its provenance, and the same subject,
 * seeds and rules give the same JSON except for the creation time and the measured durations;
 * a diverging training stops cleanly and its run folder reads back into a diagnosis.
 */
class ReproducibleResultsTest {
    /** A regression whose learning rate makes plain SGD blow up within the first epoch. */
    private static final String DIVERGING = """
            { "id": "diverging", "task": "regression",
              "dataset": { "source": "synthetic:regression", "train": 120, "test": 20, "seed": 1 },
              "layers": [ { "type": "dense", "units": 8, "activation": "relu" },
                          { "type": "dense", "units": 1, "activation": "linear" } ],
              "training": { "optimizer": "sgd", "learning_rate": 1000.0, "loss": "mse", "batch_size": 16, "epochs": 3 },
              "ground_truth": ["HLR"] }
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The diagnosis JSON without what may differ between two identical runs: when, and how long. */
    private static JsonNode withoutTimes(String json) throws IOException {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(json);
        ((ObjectNode) root.get("provenance")).remove("createdAt");
        root.remove("rulesCompileMillis");
        root.get("runs").forEach(run -> ((ObjectNode) run).remove("millis"));
        return root;
    }

    @Test
    void aDivergingTrainingStopsCleanlyAndItsTelemetryReadsBackIntoADiagnosis() throws IOException {
        Path subject = Files.writeString(dir.resolve("diverging.json"), DIVERGING);
        Path runs = dir.resolve("runs");
        CliRun trained = run("train", subject.toString(), "--out", runs.toString(), "--no-progress");
        assertEquals(0, trained.exit(), trained.err());
        assertTrue(trained.out().contains("seed 1: diverged after 1 epoch(s)"), trained.out());
        assertTrue(trained.out().contains("loss became"), trained.out());

        CliRun replayed = run("diagnose", subject.toString(), "--tools", "dd,um", "--rules", "rules",
                "--telemetry", runs.resolve("diverging/seed-1").toString(), "--format", "json");
        assertEquals(0, replayed.exit(), replayed.err());
        JsonNode json = new ObjectMapper().readTree(replayed.out());
        assertEquals("[1]", json.at("/provenance/seeds").toString());
        assertFalse(json.at("/localisations/DD").asText().isEmpty(), replayed.out());
        assertTrue(json.at("/localisations/UM").asText().contains("HLR"), replayed.out());
    }

    @Test
    void nanInputsAreAnnouncedBeforeTrainingAndTheRunStillEnds() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 60; i++) csv.append(i % 5 == 0 ? "NaN" : String.valueOf(i % 7)).append(',').append(i % 3).append(',').append(i % 2).append('\n');
        Files.writeString(dir.resolve("nan.csv"), csv.toString());
        Path subject = Files.writeString(dir.resolve("nan.json"), """
                { "id": "nan", "task": "classification",
                  "dataset": { "source": "csv", "path": "nan.csv", "train": 50, "test": 10, "shuffle": false },
                  "layers": [ { "type": "dense", "units": 2, "activation": "softmax" } ],
                  "training": { "optimizer": "adam", "learning_rate": 0.01, "loss": "categorical_crossentropy",
                                "batch_size": 16, "epochs": 1 } }
                """);
        CliRun r = run("train", subject.toString(), "--out", dir.resolve("runs").toString(), "--no-progress");
        assertEquals(0, r.exit(), r.err());
        // rows 0, 5, …: 10 NaN among the first 50 rows (45 train, 5 validation), 2 among the 10 test rows
        assertTrue(r.err().contains("dnnfl: warning: the train inputs hold 9 NaN and 0 infinite values (csv:nan.csv)"), r.err());
        assertTrue(r.err().contains("dnnfl: warning: the test inputs hold 2 NaN"), r.err());
    }

    @Test
    void twoDiagnosesOfTheSameSubjectAndSeedDifferOnlyInTimes() throws IOException {
        Path subject = Files.writeString(dir.resolve("diverging.json"), DIVERGING);
        String[] args = {"diagnose", subject.toString(), "--tools", "dd,um,nl", "--rules", "rules", "--seed", "3", "--format", "json"};
        CliRun first = run(args);
        CliRun second = run(args);
        assertEquals(0, first.exit(), first.err());
        assertEquals(0, second.exit(), second.err());
        JsonNode a = withoutTimes(first.out());
        assertEquals(a, withoutTimes(second.out()));
        // provenance as style guide 5.9 lists it
        assertEquals("diverging", a.at("/provenance/subjectId").asText());
        assertEquals(64, a.at("/provenance/subjectSha256").asText().length());
        assertEquals(64, a.at("/provenance/rulesSha256").asText().length());
        assertEquals("[3]", a.at("/provenance/seeds").toString());
        assertEquals(DnnflVersion.number(), a.at("/provenance/dnnflVersion").asText());
        assertEquals(System.getProperty("java.version"), a.at("/provenance/javaVersion").asText());
    }
}
