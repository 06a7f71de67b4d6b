package dev.dnnfl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aValidSubjectExitsZeroWithASummary() {
        CliRun r = run("validate", "benchmark/subjects/example.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("subject example: classification, valid\n"), r.out());
        assertTrue(r.out().contains("dataset: synthetic:circles, 1000 train / 200 test"), r.out());
        assertTrue(r.out().contains("  0  dense    dense  relu"), r.out());
        assertTrue(r.out().contains("  2  dense_2  dense  softmax"), r.out());
        assertTrue(r.out().contains("training: adam, learning_rate 1, loss categorical_crossentropy, batch_size 32, epochs 15"), r.out());
        assertTrue(r.out().contains("ground truth: HLR"), r.out());
        assertTrue(r.out().contains("fix: 1 operation, fixes HLR"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void declaredShapesAppearInTheLayerTable(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("cnn.json");
        Files.writeString(f, """
                {"id": "cnn", "task": "classification",
                 "dataset": {"source": "synthetic:textures", "train": 100, "test": 20, "shape": [16, 16, 3]},
                 "layers": [{"type": "conv2d", "filters": 4, "kernel": 3, "activation": "relu"},
                            {"type": "max_pooling2d"}, {"type": "flatten"}, {"type": "dense", "units": 10, "activation": "softmax"}],
                 "training": {"optimizer": "adam", "loss": "sparse_categorical_crossentropy"}}""");
        CliRun r = run("validate", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("input shape: (16, 16, 3)"), r.out());
        assertTrue(r.out().contains("(14, 14, 4)"), r.out());
        assertTrue(r.out().contains("(7, 7, 4)"), r.out());
        assertTrue(r.out().contains("(196,)"), r.out());
    }

    @Test
    void aModelDl4jCannotTrainIsRejectedWhenTheShapeIsDeclared(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huber.json");
        Files.writeString(f, """
                {"id": "huber", "task": "regression",
                 "dataset": {"source": "synthetic:regression", "train": 100, "test": 20, "features": 3, "shape": [3]},
                 "layers": [{"type": "dense", "units": 1}],
                 "training": {"optimizer": "sgd", "loss": "huber"}}""");
        CliRun r = run("validate", f.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().startsWith("dnnfl: " + f + ": /training/loss: loss 'huber' is not supported for training"), r.err());
    }

    @Test
    void jsonFormatPrintsTheCanonicalSubject() {
        CliRun r = run("validate", "--format", "json", "benchmark/subjects/example.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"kernel_initializer\" : \"glorot_uniform\""), r.out());
        assertTrue(r.out().trim().startsWith("{") && r.out().trim().endsWith("}"), r.out());
    }

    @Test
    void anInvalidSubjectExitsTwoWithEveryProblemAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
                {"id": "bad", "task": "classification",
                 "dataset": {"source": "synthetic:circles", "train": 100, "test": 20},
                 "layers": [{"type": "dense", "units": 4, "activation": "relux"}],
                 "training": {"optimizer": "adam", "loss": "mse", "epochs": "ten"}}""");
        CliRun r = run("validate", f.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("dnnfl: " + f + ": /layers/0/activation: unknown activation 'relux'"), lines.get(0));
        assertEquals("dnnfl: " + f + ": /training/epochs: expected an integer >= 1, found \"ten\"", lines.get(1));
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aSyntaxErrorExitsTwoWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("syntax.json");
        Files.writeString(f, "{\n  \"id\": \"x\"\n  \"task\": 1\n}");
        CliRun r = run("validate", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("dnnfl: " + f + ":3:3: JSON syntax error:"), r.err());
    }

    @Test
    void aMissingFileExitsTwoNamingIt() {
        CliRun r = run("validate", "no/such/subject.json");
        assertEquals(2, r.exit());
        assertEquals("dnnfl: no/such/subject.json: no such subject file\n", r.err());
    }

    @Test
    void severalSubjectsAreEachCheckedAndOneBadOneMakesTheExitCodeTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"bad\"}");
        CliRun ok = run("validate", "benchmark/subjects/example.json", "benchmark/subjects/example.json");
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(2, ok.out().split("subject example: classification, valid").length - 1);
        CliRun r = run("validate", "benchmark/subjects/example.json", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.out().startsWith("subject example: classification, valid"), r.out());
        assertTrue(r.err().contains("dnnfl: " + bad + ": /task: missing required field 'task'"), r.err());
        assertTrue(r.err().endsWith("dnnfl: 1 of 2 subjects are invalid\n"), r.err());
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CliRun r = run("validate");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("dnnfl: Missing required parameter: 'SUBJECT'"), r.err());
    }
}
