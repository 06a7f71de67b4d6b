package dev.dnnfl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dnnfl benchmark check} on a one-subject folder with real (tiny) trainings. */
class BenchmarkCheckCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Zero kernels behind a ReLU: nothing below the output learns; the fix restores glorot_uniform. */
    private static Path folder(Path dir) throws IOException {
        Path subjects = Files.createDirectories(dir.resolve("subjects"));
        Files.writeString(subjects.resolve("Z1.json"), """
                {"id": "Z1", "task": "classification",
                 "dataset": {"source": "synthetic:blobs", "train": 200, "test": 100, "classes": 3, "features": 2},
                 "layers": [{"type": "dense", "units": 8, "activation": "relu", "kernel_initializer": "zeros"},
                            {"type": "dense", "units": 3, "activation": "softmax", "kernel_initializer": "zeros"}],
                 "training": {"optimizer": "adam", "learning_rate": 0.01, "loss": "categorical_crossentropy",
                              "batch_size": 32, "epochs": 8},
                 "ground_truth": ["WCI(0,1)"],
                 "fix": [{"op": "replace", "path": "/layers/0/kernel_initializer", "value": "glorot_uniform"},
                         {"op": "replace", "path": "/layers/1/kernel_initializer", "value": "glorot_uniform"}]}
                """);
        return subjects;
    }

    @Test
    void anExposedFaultExitsZeroWithTheTable(@TempDir Path dir) throws IOException {
        CliRun r = run("benchmark", "check", "--subjects-dir", folder(dir).toString(), "--runs", "4", "--jobs", "1",
                "--out", dir.resolve("check.md").toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("| Z1 | accuracy |"), r.out());
        assertTrue(r.out().contains("| exposed |"), r.out());
        assertTrue(r.out().contains("1 of 1 subjects expose their fault"), r.out());
        assertEquals(r.out(), Files.readString(dir.resolve("check.md")));
    }

    @Test
    void anUnknownSubjectIsBadInput(@TempDir Path dir) throws IOException {
        CliRun r = run("benchmark", "check", "--subjects-dir", folder(dir).toString(), "--subjects", "Q9");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("dnnfl: --subjects: unknown subject 'Q9' (known: Z1)"), r.err());
    }

    /** Runs dnnfl in a fresh JVM in {@code workDir}, with or without {@code DNNFL_HOME}. */
    private static CliRun launch(Path workDir, String home, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Dnnfl.class.getName()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("DNNFL_HOME");
        if (home != null) pb.environment().put("DNNFL_HOME", home);
        pb.redirectOutput(workDir.resolve("stdout").toFile()).redirectError(workDir.resolve("stderr").toFile());
        int exit = pb.start().waitFor();
        return new CliRun(exit, Files.readString(workDir.resolve("stdout")), Files.readString(workDir.resolve("stderr")));
    }

    @Test
    void outsideTheProjectTheDefaultSubjectsFolderIsTheOneUnderDnnflHome(@TempDir Path dir) throws Exception {
        String project = Path.of("").toAbsolutePath().toString();
        CliRun withHome = launch(dir, project, "benchmark", "check", "--subjects", "NOPE", "--runs", "2");
        assertEquals(2, withHome.exit(), withHome.err());
        assertTrue(withHome.err().contains("NOPE") && !withHome.err().contains("no such subjects folder"), withHome.err());
        CliRun withoutHome = launch(dir, null, "benchmark", "check", "--subjects", "NOPE", "--runs", "2");
        assertEquals("dnnfl: benchmark/subjects: no such subjects folder", withoutHome.err().strip());
    }
}
