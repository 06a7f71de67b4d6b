package dev.dnnfl.cli;

import dev.dnnfl.spec.ProjectFolder;
import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
import dev.dnnfl.report.ReportFile;
import dev.dnnfl.report.ReportFolder;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.telemetry.RunFolderWriter;
import dev.dnnfl.telemetry.TelemetryRecorder;
import dev.dnnfl.train.NetworkBuilder;
import dev.dnnfl.train.Trainer;
import dev.dnnfl.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dnnfl train SUBJECT}: trains a subject with telemetry and prints its final metrics. */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Train a subject and record its telemetry.",
        description = {"Builds SUBJECT's model in DL4J with Keras semantics, trains it on its dataset "
                + "(progress and one line per epoch on stderr) and prints the final metrics on stdout. "
                + "Each run's telemetry is written to DIR/<subject id>/seed-<seed>/ as JSON Lines "
                + "(run.json, iterations.jsonl, layers.jsonl, epochs.jsonl, outcome.json). "
                + "A diverging run (NaN or infinite loss) stops at that iteration and is reported as diverged. "
                + "Set OMP_NUM_THREADS=1 on a busy machine: small models gain nothing from more threads."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBJECT", description = "The subject JSON file.")
    Path subject;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the first run; run i uses S + i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Number of training runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the telemetry of every run (default: runs under $DNNFL_HOME, else the current folder).")
    Path out;

    @Option(names = "--sample-every", paramLabel = "K", defaultValue = "" + TelemetryRecorder.DEFAULT_SAMPLE_EVERY,
            description = "Record layer statistics every K-th iteration (default: ${DEFAULT-VALUE}); "
                    + "epoch-end probes are always recorded.")
    int sampleEvery;

    @Option(names = "--no-progress", description = "No progress bar (epoch lines are still printed); "
            + "the bar is shown only on a terminal anyway.")
    boolean noProgress;

    @Override
    public Integer call() {
        if (out == null) out = ProjectFolder.resolve("runs");
        if (runs < 1) throw new UserError("--runs: " + runs + " is not a number of runs (accepted: >= 1)");
        if (sampleEvery < 1) throw new UserError("--sample-every: " + sampleEvery + " is not an interval (accepted: >= 1)");
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFile.checkFolderWritable(out, out, "the telemetry");
        Subject s = SubjectReader.read(subject);
        Dataset data = DatasetLoader.load(s);
        SubjectErrors.named(subject, () -> NetworkBuilder.check(s, data.inputShape()));
        err.printf("%s: %d training, %d validation, %d test samples, input %s%n", s.id(), data.train().size(),
                data.validation().size(), data.test().size(), data.inputShape());
        DataWarnings.print(err, data);
        err.flush();
        List<TrainingResult> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long runSeed = seed + i;
            Path folder = out.resolve(s.id()).resolve("seed-" + runSeed);
            String label = runs > 1 ? "run " + (i + 1) + "/" + runs : "";
            TrainingResult r;
            // The run's files appear only when it ends: a failed run leaves the earlier folder as it was.
            ReportFolder staged = ReportFolder.stage(folder);
            try {
                RunFolderWriter writer = openRunFolder(staged.staging());
                try (writer) {
                    TelemetryRecorder recorder = new TelemetryRecorder(sampleEvery, List.of(writer));
                    List<dev.dnnfl.train.TrainingObserver> observers = List.of(recorder,
                            new TrainProgress(err, label.strip(), !noProgress && System.console() != null));
                    r = SubjectErrors.named(subject, () -> Trainer.train(s, data, runSeed, observers));
                }
            } catch (RuntimeException | Error e) {
                staged.discard(e);
                throw e;
            }
            staged.commit();
            results.add(r);
            stdout.printf("%sseed %d: %s after %d epoch(s), %d iterations, %.1f s%n", label.isEmpty() ? "" : label + "  ",
                    runSeed, r.stopReason().name().toLowerCase(java.util.Locale.ROOT), r.epochsRun(), r.iterations(),
                    r.millis() / 1000.0);
            if (!r.stopMessage().isEmpty()) stdout.printf("  %s%n", r.stopMessage());
            stdout.printf("  test accuracy %s  test loss %.4f  validation accuracy %s  validation loss %.4f%n",
                    TrainProgress.percent(r.testAccuracy()), r.testLoss(), TrainProgress.percent(r.validationAccuracy()),
                    r.validationLoss());
            stdout.printf("  telemetry: %s%n", folder);
            stdout.flush();
        }
        if (runs > 1) {
            double[] acc = results.stream().mapToDouble(TrainingResult::testAccuracy).sorted().toArray();
            long diverged = results.stream().filter(r -> r.stopReason() == dev.dnnfl.train.StopReason.DIVERGED).count();
            stdout.printf("%d runs: test accuracy median %s (min %s, max %s), %d diverged%n", runs,
                    TrainProgress.percent(acc[acc.length / 2]), TrainProgress.percent(acc[0]),
                    TrainProgress.percent(acc[acc.length - 1]), diverged);
        }
        stdout.flush();
        return 0;
    }

    /** The run folder, opened for writing; a place that cannot be written is the user's to fix. */
    private static RunFolderWriter openRunFolder(Path folder) {
        try {
            return RunFolderWriter.open(folder);
        } catch (UncheckedIOException e) {
            throw new UserError(folder + ": cannot write the telemetry: " + ReportFile.reason(e.getCause()), e);
        }
    }
}
