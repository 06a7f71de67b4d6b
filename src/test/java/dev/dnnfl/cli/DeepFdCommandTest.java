package dev.dnnfl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeepFdCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = Dnnfl.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void featuresPrintsTheNamesOnePerLine() {
        assertEquals(0, run("deepfd", "features", "--features", "features/deepfd-features.json"));
        String[] lines = out.toString().split("\\R");
        assertEquals(164, lines.length);
        assertEquals("ft_val_loss", lines[0]);
        assertEquals("ft_acc_min", lines[163]);
        assertTrue(err.toString().startsWith("164 features, schema sha256 "), err.toString());
    }

    @Test
    void aBrokenFeatureFileExitsWithTwoAndOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("f.json");
        Files.writeString(bad, "{\"series\": [\"loss\"], \"statistics\": [\"mode\"]}");
        assertEquals(2, run("deepfd", "features", "--features", bad.toString()));
        assertTrue(err.toString().startsWith("dnnfl: " + bad + ": /statistics: unknown statistic 'mode'"), err.toString());
        assertEquals(1, err.toString().lines().count());
    }

    @Test
    void trainWithoutSubjectsIsAUsageError() {
        assertEquals(2, run("deepfd", "train"));
        assertTrue(err.toString().contains("--subjects"), err.toString());
    }

    @Test
    void trainOnAMissingFolderNamesIt(@TempDir Path dir) {
        assertEquals(2, run("deepfd", "train", "--subjects", dir.resolve("none").toString()));
        assertTrue(err.toString().startsWith("dnnfl: " + dir.resolve("none") + ": not a folder"), err.toString());
    }

    @Test
    void trainRefusesAFaultySubject(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("s.json"), """
                {"id": "s", "task": "classification",
                 "dataset": {"source": "synthetic:blobs", "train": 60, "test": 20, "seed": 1},
                 "layers": [{"type": "dense", "units": 3, "activation": "softmax"}],
                 "training": {"optimizer": "adam", "learning_rate": 0.01, "loss": "categorical_crossentropy",
                              "batch_size": 16, "epochs": 2},
                 "ground_truth": ["HLR"]}""");
        assertEquals(2, run("deepfd", "train", "--subjects", dir.toString()));
        assertTrue(err.toString().contains("/ground_truth: is HLR: DeepFD learns from mutants of correct subjects only"),
                err.toString());
    }

    @Test
    void mutateWritesMutantsWithTheirGroundTruth(@TempDir Path dir) throws Exception {
        assertEquals(0, run("mutate", "features/training-subjects/dfd-circles-relu.json", "--count", "3", "--faults", "2",
                "--seed", "4", "--out", dir.toString()));
        String[] lines = out.toString().split("\\R");
        assertEquals(3, lines.length);
        for (String line : lines) {
            String[] cols = line.split("\t");
            assertEquals(2, cols[0].split("__").length, line);
            assertEquals(2, cols[1].split(", ").length, line);
            Path file = dir.resolve("dfd-circles-relu." + cols[0] + ".json");
            // A mutant is a valid subject whose ground truth is the one printed.
            assertEquals(cols[1], dev.dnnfl.spec.SubjectReader.read(file).groundTruth().orElseThrow().toString(), line);
        }
        assertEquals(2, run("mutate", "features/training-subjects/dfd-circles-relu.json", "--faults", "6"));
    }

    @Test
    void mutateOutUnderAFileIsAUserErrorNamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "");
        assertEquals(2, run("mutate", "features/training-subjects/dfd-circles-relu.json", "--count", "1",
                "--out", file.resolve("m").toString()));
        assertEquals("dnnfl: " + file.resolve("m") + ": cannot write the mutants: " + file + " is a file, not a folder",
                err.toString().strip());
    }

    @Test
    void mutantFilesGetTheSamePermissionsAsAnyNewFile(@TempDir Path dir) throws Exception {
        assertEquals(0, run("mutate", "features/training-subjects/dfd-circles-relu.json", "--count", "1",
                "--out", dir.resolve("m").toString()));
        Path plain = Files.createFile(dir.resolve("plain"));
        try (var files = Files.list(dir.resolve("m"))) {
            for (Path mutant : files.toList()) {
                assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(mutant), mutant.toString());
            }
        }
        try (var files = Files.list(dir.resolve("m"))) {
            assertEquals(1, files.count(), "only the mutant, no temporary file left");
        }
    }

    @Test
    void diagnoseWithoutClassifiersSaysHowToTrainThem(@TempDir Path dir) {
        assertEquals(2, run("deepfd", "diagnose", "features/training-subjects/dfd-circles-relu.json",
                "--classifiers", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("no trained DeepFD classifiers"), err.toString());
        assertTrue(err.toString().contains("dnnfl deepfd train --subjects"), err.toString());
    }

    static Path tinySubject(Path dir) throws Exception {
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, """
                {"id": "tiny", "task": "classification",
                 "dataset": {"source": "synthetic:blobs", "train": 120, "test": 30, "validation": 0.2, "seed": 3},
                 "layers": [{"type": "dense", "units": 8, "activation": "relu"},
                            {"type": "dense", "units": 3, "activation": "softmax"}],
                 "training": {"optimizer": "adam", "learning_rate": 5.0, "loss": "categorical_crossentropy",
                              "batch_size": 16, "epochs": 3},
                 "ground_truth": ["HLR"]}""");
        return file;
    }

    @Test
    void diagnoseWithDfdReportsTheDeepFdLocalisationWithTheShippedClassifiers(@TempDir Path dir) throws Exception {
        assertEquals(0, run("diagnose", tinySubject(dir).toString(), "--tools", "dfd", "--dfd-runs", "2",
                "--classifiers", "trained-classifiers", "--format", "json"), err.toString());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertTrue(json.path("localisations").has("DFD"), out.toString());
        assertTrue(out.toString().contains("rf-act.model"), "classifier hashes in the provenance");
    }

    @Test
    void diagnoseWithDfdAndNoClassifiersSaysHowToTrainThem(@TempDir Path dir) throws Exception {
        assertEquals(2, run("diagnose", tinySubject(dir).toString(), "--tools", "dfd", "--dfd-runs", "2",
                "--classifiers", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("dnnfl deepfd train --subjects"), err.toString());
    }

    @Test
    void trainWritesTheTableAndClassifiersAndAResumedRunTrainsNothingAgain(@TempDir Path dir) throws Exception {
        Path subjects = Files.createDirectories(dir.resolve("subjects"));
        Files.writeString(subjects.resolve("tiny.json"), Files.readString(tinySubject(dir))
                .replace("5.0", "0.01").replace("[\"HLR\"]", "[]"));
        String[] args = {"deepfd", "train", "--subjects", subjects.toString(), "--mutants-per-subject", "2",
                "--multi-fault-mutants", "0", "--runs", "2", "--folds", "2", "--work", dir.resolve("work").toString(),
                "--table", dir.resolve("t.arff").toString(), "--out", dir.resolve("clf").toString()};
        assertEquals(0, run(args), err.toString());
        assertTrue(out.toString().contains("6 runs trained, 0 reused"), out.toString());
        assertTrue(Files.exists(dir.resolve("clf/metadata.json")));
        assertTrue(Files.readString(dir.resolve("t.arff")).contains("@attribute ft_acc_min numeric"));
        out.getBuffer().setLength(0);
        assertEquals(0, run(args), err.toString());
        assertTrue(out.toString().contains("0 runs trained, 6 reused"), out.toString());
    }
}
