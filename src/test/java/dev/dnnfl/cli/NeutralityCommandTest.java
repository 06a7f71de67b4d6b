package dev.dnnfl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dnnfl.score.ScoreProvenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dnnfl neutrality} on a tiny subject: real trainings, a few of them. */
class NeutralityCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Path tinySubject(Path dir, boolean withFix) throws IOException {
        Path f = dir.resolve("tiny.json");
        Files.writeString(f, """
                {"id": "tiny", "task": "classification",
                 "dataset": {"source": "synthetic:blobs", "train": 120, "test": 40, "classes": 3, "features": 2},
                 "layers": [{"type": "dense", "units": 4, "activation": "relu"},
                            {"type": "dense", "units": 3, "activation": "softmax"}],
                 "training": {"optimizer": "adam", "learning_rate": 0.01, "loss": "categorical_crossentropy",
                              "batch_size": 32, "epochs": 1},
                 "ground_truth": ["HNE"]
                """ + (withFix ? ", \"fix\": [{\"op\": \"replace\", \"path\": \"/training/epochs\", \"value\": 2}]}" : "}"));
        return f;
    }

    @Test
    void aSearchWritesItsResultsAndResumesWithoutRetraining(@TempDir Path dir) throws IOException {
        Path subject = tinySubject(dir, true);
        Path out = dir.resolve("out");
        CliRun first = run("neutrality", subject.toString(), "--runs", "2", "--max-trainings", "6", "--jobs", "1",
                "--out", out.toString());
        assertEquals(0, first.exit(), first.err());
        for (String f : new String[]{"alternatives.tsv", "graph.dot", "nodes.tsv", "summary.json", "summary.md", "evaluations.jsonl"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        assertEquals(3, summary.get("nodes").asInt(), "the buggy subject and two neighbours fit in 6 trainings of 2 runs");
        assertEquals(6, summary.get("trainings_performed").asInt());
        assertEquals(4, Files.readAllLines(out.resolve("evaluations.jsonl")).size(), "the fix and three configurations");
        long alternatives = Files.readAllLines(out.resolve("alternatives.tsv")).stream().filter(l -> !l.startsWith("#")).count();
        assertEquals(summary.get("alternatives").asLong(), alternatives);
        // style guide 5.9: alternative ground truths carry their provenance
        assertEquals(ScoreProvenance.sha256(subject), summary.at("/provenance/subject_sha256").asText());
        assertEquals("[0,1]", summary.at("/provenance/seeds").toString());
        assertEquals(5, summary.at("/provenance/top_k").asInt());
        assertEquals(DnnflVersion.number(), summary.at("/provenance/dnnfl_version").asText());
        assertTrue(Files.readString(out.resolve("summary.md")).contains("provenance: subject "), "footer");

        CliRun second = run("neutrality", subject.toString(), "--runs", "2", "--max-trainings", "6", "--jobs", "1",
                "--out", out.toString());
        assertEquals(0, second.exit(), second.err());
        JsonNode resumed = json.readTree(out.resolve("summary.json").toFile());
        assertEquals(6, resumed.get("nodes").asInt(), "the three recorded nodes cost nothing; six new trainings add three");
        assertEquals(7, Files.readAllLines(out.resolve("evaluations.jsonl")).size());
    }

    @Test
    void aSubjectWithoutAFixIsBadInput(@TempDir Path dir) throws IOException {
        CliRun r = run("neutrality", tinySubject(dir, false).toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("dnnfl: tiny: /fix:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("o").resolve("summary.json")));
    }

    @Test
    void aBadBudgetNamesTheOption(@TempDir Path dir) throws IOException {
        CliRun r = run("neutrality", tinySubject(dir, true).toString(), "--budget", "soon");
        assertEquals(2, r.exit());
        assertEquals("dnnfl: --budget: cannot read 'soon' as a duration (expected e.g. 90s, 30m, 2h, 1h30m or 0)\n", r.err());
    }

    @Test
    void durationsReadHoursMinutesAndSeconds() {
        assertEquals(java.time.Duration.ofMinutes(90), NeutralityCommand.parseDuration("1h30m"));
        assertEquals(java.time.Duration.ofSeconds(45), NeutralityCommand.parseDuration("45s"));
        assertEquals(java.time.Duration.ZERO, NeutralityCommand.parseDuration("0"));
    }
}
