package dev.dnnfl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's mistakes from the command line, one class each: every one exits with code 2 and one
 * {@code dnnfl: …} line naming the file, field or option, with no stack trace and no work done.
 */
class UserMistakesTest {
    private static final String TINY = """
            { "id": "tiny", "task": "classification",
              "dataset": { "source": "synthetic:blobs", "train": 100, "test": 20, "seed": 1, "classes": 2, "features": 3 },
              "layers": [ { "type": "dense", "units": 4, "activation": "relu" },
                          { "type": "dense", "units": 2, "activation": "softmax" } ],
              "training": { "optimizer": "adam", "learning_rate": 0.01, "loss": "categorical_crossentropy",
                            "batch_size": 32, "epochs": 1 } }
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A bad-input run: exit 2, nothing on stdout, exactly one "dnnfl: " line that contains every piece. */
    private static void assertOneLineError(CliRun r, String... pieces) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("dnnfl: "), r.err());
        for (String piece : pieces) assertTrue(lines.get(0).contains(piece), "'" + piece + "' missing from: " + r.err());
    }

    /**
     * A bad-input run of a command that reports progress on stderr before it meets the mistake:
     * exit 2, nothing on stdout, no stack trace, and the last stderr line is the error.
     */
    private static void assertLastLineError(CliRun r, String... pieces) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("\tat ")), r.err());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("dnnfl: "), r.err());
        for (String piece : pieces) assertTrue(last.contains(piece), "'" + piece + "' missing from: " + r.err());
    }

    private Path subject(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aReportPathThatIsAFolderIsRefusedAndTheFolderIsLeftAsItWas() throws IOException {
        Path out = Files.createDirectory(dir.resolve("reports"));
        Path gt = Files.writeString(dir.resolve("gt.tsv"), "S1\tA\tHLR\n");
        Path outputs = Files.writeString(dir.resolve("out.tsv"), "S1\tDD\tHLR\n");
        CliRun r = run("score", "--ground-truth", gt.toString(), "--outputs", outputs.toString(), "--out", out.toString());
        assertOneLineError(r, out + ": cannot write the report: it is a folder");
        assertEquals(List.of(), filesIn(out));
        assertEquals(List.of(gt, outputs, out).stream().sorted().toList(), filesIn(dir));
    }

    @Test
    void aReportPathUnderAFileNamesTheFileInTheWay() throws IOException {
        Path blocker = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path gt = Files.writeString(dir.resolve("gt.tsv"), "S1\tA\tHLR\n");
        Path outputs = Files.writeString(dir.resolve("out.tsv"), "S1\tDD\tHLR\n");
        CliRun r = run("score", "--ground-truth", gt.toString(), "--outputs", outputs.toString(),
                "--out", blocker.resolve("scores.txt").toString());
        assertOneLineError(r, blocker.resolve("scores.txt").toString(), blocker + " is a file, not a folder");
        assertEquals("not a folder", Files.readString(blocker));
    }

    @Test
    void aReportPathThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
        Path gt = Files.writeString(dir.resolve("gt.tsv"), "S1\tA\tHLR\n");
        Path outputs = Files.writeString(dir.resolve("out.tsv"), "S1\tDD\tHLR\n");
        CliRun r = run("score", "--ground-truth", gt.toString(), "--outputs", outputs.toString(),
                "--out", dir.resolve(".").resolve("out.tsv").toString());
        assertOneLineError(r, "is the --outputs input");
        assertEquals("S1\tDD\tHLR\n", Files.readString(outputs));

        Path s = subject("tiny.json", TINY);
        assertOneLineError(run("diagnose", s.toString(), "--tools", "nl", "--out", s.toString()), "is the SUBJECT input");
        assertEquals(TINY, Files.readString(s));
    }

    @Test
    void diagnoseChecksItsReportPathBeforeLoadingRulesOrTraining() throws IOException {
        Path s = subject("tiny.json", TINY);
        Path blocker = Files.writeString(dir.resolve("blocker"), "");
        // The rules folder does not exist either: the output path must be the error reported, first.
        CliRun r = run("diagnose", s.toString(), "--rules", dir.resolve("no-rules").toString(),
                "--out", blocker.resolve("d.json").toString());
        assertOneLineError(r, blocker.resolve("d.json").toString(), "is a file, not a folder");
    }

    @Test
    void trainChecksItsTelemetryFolderBeforeTraining() throws IOException {
        Path s = subject("tiny.json", TINY);
        Path blocker = Files.writeString(dir.resolve("runs"), "a file where the run folder should go");
        CliRun r = run("train", s.toString(), "--out", blocker.resolve("sub").toString(), "--no-progress");
        assertOneLineError(r, blocker.resolve("sub").toString(), "is a file, not a folder");
    }

    @Test
    void anOverlongBudgetIsABadArgumentNotACrash() throws IOException {
        Path s = subject("tiny.json", TINY);
        CliRun r = run("neutrality", s.toString(), "--budget", "99999999999999999999h");
        assertOneLineError(r, "--budget", "99999999999999999999h");
    }

    @Test
    void aValidationFractionOfOneIsRefusedByValidateAlready() throws IOException {
        Path s = subject("all-held-out.json", TINY.replace("\"seed\": 1,", "\"seed\": 1, \"validation\": 1.0,"));
        CliRun r = run("validate", s.toString());
        assertOneLineError(r, s.toString(), "/dataset/validation", "(0, 1)", "1.0");
    }

    @Test
    void anUnboundedNumberFieldSaysOnlyThatItExpectsANumber() throws IOException {
        Path s = subject("scale.json", TINY.replace("\"features\": 3 }",
                "\"features\": 3, \"preprocessing\": [ { \"op\": \"scale\", \"factor\": \"x\" } ] }"));
        CliRun r = run("validate", s.toString());
        assertOneLineError(r, s + ": /dataset/preprocessing/0/factor: expected a number, found \"x\"");
    }

    @Test
    void missingFashionMnistNamesTheFolderAndHowToInstall() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        Path s = subject("fm.json", """
                { "id": "fm", "task": "classification",
                  "dataset": { "source": "fashion-mnist", "path": "empty", "train": 100, "test": 20 },
                  "layers": [ { "type": "flatten" }, { "type": "dense", "units": 10, "activation": "softmax" } ],
                  "training": { "optimizer": "adam", "learning_rate": 0.001, "loss": "categorical_crossentropy",
                                "batch_size": 32, "epochs": 1 } }
                """);
        CliRun r = run("train", s.toString(), "--out", dir.resolve("runs").toString(), "--no-progress");
        assertOneLineError(r, dir.resolve("empty").toString(), "train-images-idx3-ubyte", "apt-get install dataset-fashion-mnist");
        assertFalse(Files.exists(dir.resolve("runs/fm")), "no run folder for a run that never started");
    }

    @Test
    void aCsvCellThatIsNotANumberNamesFileLineAndColumn() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 30; i++) csv.append(i % 7).append(',').append(i == 4 ? "abc" : String.valueOf(i % 3)).append(',').append(i % 2).append('\n');
        Path data = Files.writeString(dir.resolve("cells.csv"), csv.toString());
        Path s = subject("csv.json", TINY.replace(
                "\"source\": \"synthetic:blobs\", \"train\": 100, \"test\": 20, \"seed\": 1, \"classes\": 2, \"features\": 3",
                "\"source\": \"csv\", \"path\": \"cells.csv\", \"train\": 20, \"test\": 5"));
        CliRun r = run("train", s.toString(), "--out", dir.resolve("runs").toString(), "--no-progress");
        // line 6 of the file: the header is line 1, the fifth data row holds the bad cell
        assertOneLineError(r, data + ":6:", "column 'b'", "'abc'");
    }

    @Test
    void aDataPathThatIsAFolderOrNotUtf8IsNamedAsSuch() throws IOException {
        Files.createDirectory(dir.resolve("cells.csv"));
        Path s = subject("csv.json", TINY.replace(
                "\"source\": \"synthetic:blobs\", \"train\": 100, \"test\": 20, \"seed\": 1, \"classes\": 2, \"features\": 3",
                "\"source\": \"csv\", \"path\": \"cells.csv\", \"train\": 20, \"test\": 5"));
        assertOneLineError(run("train", s.toString(), "--no-progress", "--out", dir.resolve("runs").toString()),
                dir.resolve("cells.csv") + ": is a folder");
        Files.delete(dir.resolve("cells.csv"));
        Files.write(dir.resolve("cells.csv"), "a,label\n1,0\n\u00e4,1\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertOneLineError(run("train", s.toString(), "--no-progress", "--out", dir.resolve("runs").toString()),
                dir.resolve("cells.csv") + ": not a UTF-8 text file");
    }

    @Test
    void aDatasetFieldProblemFoundWhileLoadingNamesTheSubjectFile() throws IOException {
        StringBuilder csv = new StringBuilder("a,label\n");
        for (int i = 0; i < 10; i++) csv.append(i).append(',').append(i % 2).append('\n');
        Files.writeString(dir.resolve("small.csv"), csv.toString());
        Path s = subject("greedy.json", TINY.replace(
                "\"source\": \"synthetic:blobs\", \"train\": 100, \"test\": 20, \"seed\": 1, \"classes\": 2, \"features\": 3",
                "\"source\": \"csv\", \"path\": \"small.csv\", \"train\": 50, \"test\": 5"));
        CliRun r = run("train", s.toString(), "--out", dir.resolve("runs").toString(), "--no-progress");
        assertOneLineError(r, s + ": /dataset/train:", "has only 10");
    }

    @Test
    void aModelThatDoesNotFitItsDataNamesTheSubjectFileForTrainAndDiagnose() throws IOException {
        Path s = subject("three-classes.json", TINY.replace("\"classes\": 2", "\"classes\": 3"));
        assertLastLineError(run("train", s.toString(), "--no-progress", "--out", dir.resolve("runs").toString()),
                s + ": training labels: label 2.0");
        assertLastLineError(run("diagnose", s.toString(), "--tools", "dd", "--rules", "rules"),
                s + ": training labels: label 2.0");
    }

    @Test
    void aFailedTrainingLeavesTheEarlierRunFolderAsItWasAndNoStagingBehind() throws IOException {
        Path s = subject("tiny.json", TINY);
        Path runs = dir.resolve("runs");
        assertEquals(0, run("train", s.toString(), "--out", runs.toString(), "--no-progress").exit());
        Path folder = runs.resolve("tiny/seed-1");
        String epochs = Files.readString(folder.resolve("epochs.jsonl"));
        assertFalse(epochs.isEmpty());
        Files.writeString(s, TINY.replace("\"classes\": 2", "\"classes\": 3"));   // same id, now fails in training
        assertLastLineError(run("train", s.toString(), "--out", runs.toString(), "--no-progress"), "training labels");
        assertEquals(epochs, Files.readString(folder.resolve("epochs.jsonl")));
        assertEquals(List.of(folder), filesIn(runs.resolve("tiny")));
    }

    @Test
    void aFailedDiagnosisWritesNoReport() throws IOException {
        Path s = subject("three-classes.json", TINY.replace("\"classes\": 2", "\"classes\": 3"));
        Path report = dir.resolve("reports/diagnosis.json");
        assertLastLineError(run("diagnose", s.toString(), "--tools", "dd", "--rules", "rules", "--out", report.toString()),
                "training labels");
        assertFalse(Files.exists(report.getParent()) && !filesIn(report.getParent()).isEmpty(), "no report, no temporary file");
    }

    @Test
    void replayingAnotherSubjectsTelemetryIsRefused() throws IOException {
        Path other = subject("other.json", TINY.replace("\"id\": \"tiny\"", "\"id\": \"other\""));
        Path runs = dir.resolve("runs");
        CliRun trained = run("train", other.toString(), "--out", runs.toString(), "--no-progress");
        assertEquals(0, trained.exit(), trained.err());
        Path s = subject("tiny.json", TINY);
        Path folder = runs.resolve("other/seed-1");
        CliRun r = run("diagnose", s.toString(), "--tools", "dd", "--rules", "rules", "--telemetry", folder.toString());
        assertOneLineError(r, folder.toString(), "subject 'other', not of 'tiny'");
    }

    @Test
    void optionsThatStoredRunsMakeMeaninglessAreRefusedWithTelemetry() throws IOException {
        Path s = subject("tiny.json", TINY);
        Path folder = Files.createDirectories(dir.resolve("runs/tiny/seed-1"));
        assertOneLineError(run("diagnose", s.toString(), "--telemetry", folder.toString(), "--runs", "3"),
                "--runs: does not apply with --telemetry");
        // without dfd: DeepFD trains its own runs, and --seed applies to them
        assertOneLineError(run("diagnose", s.toString(), "--tools", "dd,um", "--telemetry", folder.toString(), "--seed", "7"),
                "--seed: does not apply with --telemetry");
        assertOneLineError(run("diagnose", s.toString(), "--telemetry", folder.toString(), "--tools", "nl"),
                "--telemetry: only dd and um replay training runs");
        Path file = Files.writeString(dir.resolve("notes.txt"), "");
        assertOneLineError(run("diagnose", s.toString(), "--tools", "dd", "--telemetry", file.toString(), "--rules",
                dir.resolve("no-rules").toString()), file + ": is a file, not a run folder");
        assertOneLineError(run("diagnose", s.toString(), "--tools", "dd", "--telemetry", dir.resolve("nowhere").toString(),
                "--rules", dir.resolve("no-rules").toString()), dir.resolve("nowhere") + ": no such run folder");
    }

    @Test
    void formatNamesAreCaseInsensitiveInEveryCommand() throws IOException {
        Path s = subject("tiny.json", TINY);
        CliRun r = run("validate", s.toString(), "--format", "JSON");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{"), r.out());
    }

    @Test
    void anUnknownSubcommandOrOptionIsOneLinePointingToHelp() {
        assertOneLineError(run("diagnosee"), "'diagnosee'", "dnnfl --help");
        assertOneLineError(run("score", "--ground-truth"), "--ground-truth", "dnnfl score --help");
        assertOneLineError(run("train", "x.json", "--runs", "many"), "--runs", "'many'", "dnnfl train --help");
    }

    @Test
    void aRuleConsequenceThatThrowsIsABadInputNamingTheRuleAndItsFile() throws IOException {
        // The rule files are the user's to edit: a consequence that throws is theirs to fix, as a DRL compile error.
        Path rules = Files.createDirectory(dir.resolve("rules"));
        String drl = Files.readString(Path.of("rules/neuralint.drl"));
        // The file's first consequence is its limits rule, which always fires.
        String broken = drl.replaceFirst("\nthen\n", "\nthen\n    int zero = 0; int boom = 1 / zero;\n");
        assertFalse(broken.equals(drl), "neuralint.drl has a rule to break");
        Files.writeString(rules.resolve("neuralint.drl"), broken);
        Path s = subject("tiny.json", TINY.replace("\"features\": 3 }", "\"features\": 3, \"shape\": [3] }"));

        CliRun r = run("diagnose", s.toString(), "--tools", "nl", "--rules", rules.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().matches("(?s)dnnfl: \\S*neuralint\\.drl: rule \"NL [^\"]+\": its consequence threw "
                + "ArithmeticException: / by zero\\s*"), r.err());
    }

    /** Stands in for a bug: a command that fails although nothing the user typed is wrong. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    private static CliRun runWithBug(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Dnnfl.commandLine();
        cl.addSubcommand(new Boom());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void aBugIsAnInternalErrorWithExitOneAndItsTraceOnlyOnRequest() {
        CliRun r = runWithBug("boom");
        assertEquals(1, r.exit(), r.err());
        assertEquals("dnnfl: internal error: IllegalStateException: a bug (rerun with --stacktrace)", r.err().strip());

        CliRun traced = runWithBug("boom", "--stacktrace");
        assertEquals(1, traced.exit());
        assertTrue(traced.err().lines().anyMatch(l -> l.startsWith("\tat ")), traced.err());
        assertFalse(traced.err().contains("rerun with --stacktrace"), traced.err());
    }

    /** Every command and subcommand, as the words that name it ({@code [deepfd, train]}). */
    private static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
        List<List<String>> paths = new java.util.ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            List<String> path = new java.util.ArrayList<>(prefix);
            path.add(name);
            paths.add(path);
            paths.addAll(commandPaths(sub, path));
        });
        return paths;
    }

    @Test
    void everyCommandAndSubcommandHasAHelpThatExitsZero() {
        for (List<String> path : commandPaths(Dnnfl.commandLine(), List.of())) {
            List<String> args = new java.util.ArrayList<>(path);
            args.add("--help");
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), path + ": " + r.err());
            assertTrue(r.out().contains("Usage: dnnfl " + String.join(" ", path)), path + ": " + r.out());
            assertEquals("", r.err(), path.toString());
        }
    }

    @Test
    void everyCommandPrintsTheVersionDiagnosesRecord() {
        for (List<String> path : commandPaths(Dnnfl.commandLine(), List.of())) {
            if (path.contains("help")) continue;   // picocli's help command has no -V
            List<String> args = new java.util.ArrayList<>(path);
            args.add("-V");
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), path + ": " + r.err());
            assertEquals("dnnfl " + DnnflVersion.number(), r.out().strip(), path.toString());
        }
    }
}
