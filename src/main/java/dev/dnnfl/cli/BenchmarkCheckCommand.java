package dev.dnnfl.cli;

import dev.dnnfl.benchmark.BenchmarkSubject;
import dev.dnnfl.benchmark.FaultCheck;
import dev.dnnfl.mutation.KillTest;
import dev.dnnfl.neutrality.NeutralityAnalysis;
import dev.dnnfl.neutrality.TrainedFitness;
import dev.dnnfl.report.FaultCheckReport;
import dev.dnnfl.report.ReportFile;
import dev.dnnfl.spec.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code dnnfl benchmark check}: confirms that each subject's fault is exposed and its fix repairs it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Confirm that each benchmark subject's fault is exposed and its fix repairs it.",
        description = "Trains each subject and its fixed version --runs times and applies DeepFD's killing test "
                + "(p < 0.05 and Cohen's d >= 0.5): the fault is exposed when the fixed version is significantly "
                + "better. Subjects that do not expose their fault are listed, and the exit code is then 1.")
final class BenchmarkCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SubjectSelection selection;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10",
            description = "Training runs of each version (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jobs", paramLabel = "J", description = "Parallel trainings (default: the number of cores).")
    Integer jobs;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table (Markdown) to FILE.")
    Path out;

    @Override
    public Integer call() {
        if (runs < 2) throw new UserError("--runs: the killing test needs at least 2 runs, found " + runs);
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) throw new UserError("--jobs: must be >= 1, found " + threads);
        List<BenchmarkSubject> chosen = selection.chosen().stream()
                .filter(s -> s.subject().fix() != null).toList();
        if (chosen.isEmpty()) throw new UserError("--subjects: no chosen subject has a fix to check");
        PrintWriter err = spec.commandLine().getErr();
        List<FaultCheck.Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            FaultCheck check = new FaultCheck(new TrainedFitness(NeutralityAnalysis.seeds(runs),
                    selection.folder().toAbsolutePath(), pool), KillTest.deepFd());
            for (BenchmarkSubject s : chosen) {
                long start = System.nanoTime();
                FaultCheck.Result r = check.check(s.subject());
                results.add(r);
                err.printf(Locale.ROOT, "%s: buggy %.4f, fixed %.4f: %s (%.0f s)%n", r.subjectId(), r.buggy().mean(),
                        r.fixed().mean(), r.exposed() ? "exposed" : "NOT exposed", (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        String table = FaultCheckReport.markdown(results, runs);
        if (out != null) ReportFile.write(out, table);
        spec.commandLine().getOut().print(table);
        spec.commandLine().getOut().flush();
        List<String> failed = results.stream().filter(r -> !r.exposed()).map(FaultCheck.Result::subjectId).toList();
        if (!failed.isEmpty()) {
            throw new JobFailure("fault not exposed on the stand-in data: " + String.join(", ", failed));
        }
        return CommandLine.ExitCode.OK;
    }
}
