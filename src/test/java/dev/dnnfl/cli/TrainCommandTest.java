package dev.dnnfl.cli;

import dev.dnnfl.telemetry.Telemetry;
import dev.dnnfl.train.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TrainCommandTest {
    private static final String SUBJECT = """
            { "id": "tiny", "task": "classification",
              "dataset": { "source": "synthetic:blobs", "train": 200, "test": 50, "validation": 0.1, "seed": 1,
                           "classes": 3, "features": 4 },
              "layers": [ { "type": "dense", "units": 8, "activation": "relu" },
                          { "type": "dense", "units": 3, "activation": "softmax" } ],
              "training": { "optimizer": "adam", "learning_rate": 0.01, "loss": "%s",
                            "batch_size": 32, "epochs": 2 } }
            """;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void trainWritesTelemetryPerSeedAndPrintsFinalMetrics(@TempDir Path dir) throws Exception {
        Path subject = dir.resolve("tiny.json");
        Files.writeString(subject, SUBJECT.formatted("categorical_crossentropy"));
        CliRun r = run("train", subject.toString(), "--seed", "4", "--runs", "2", "--out", dir.resolve("runs").toString(),
                "--sample-every", "2", "--no-progress");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("seed 4: completed after 2 epoch(s)"), r.out());
        assertTrue(r.out().contains("seed 5: completed"), r.out());
        assertTrue(r.out().contains("test accuracy"), r.out());
        assertTrue(r.err().contains("epoch 2/2"), r.err());
        Telemetry t = Telemetry.read(dir.resolve("runs/tiny/seed-5"));
        assertEquals(5, t.run().seed());
        assertEquals(2, t.run().sampleEvery());
        assertEquals(2, t.epochs().size());
        assertEquals(StopReason.COMPLETED, t.outcome().orElseThrow().stopReason());
    }

    @Test
    void aLossDl4jCannotTrainIsABadInputNamingTheField(@TempDir Path dir) throws Exception {
        Path subject = dir.resolve("huber.json");
        Files.writeString(subject, SUBJECT.formatted("huber"));
        CliRun r = run("train", subject.toString(), "--out", dir.resolve("runs").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("dnnfl: " + subject + ": /training/loss: loss 'huber' is not supported"), r.err());
        assertFalse(Files.exists(dir.resolve("runs")), "nothing is trained or written");
    }

    @Test
    void zeroRunsIsABadInput(@TempDir Path dir) throws Exception {
        Path subject = dir.resolve("tiny.json");
        Files.writeString(subject, SUBJECT.formatted("categorical_crossentropy"));
        CliRun r = run("train", subject.toString(), "--runs", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--runs: 0"), r.err());
    }
}
