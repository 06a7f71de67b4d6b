package dev.dnnfl.cli;

import dev.dnnfl.spec.ProjectFolder;
import dev.dnnfl.neutrality.NeutralityAnalysis;
import dev.dnnfl.neutrality.NeutralityProvenance;
import dev.dnnfl.neutrality.SearchLimits;
import dev.dnnfl.neutrality.TrainedFitness;
import dev.dnnfl.report.NeutralityReport;
import dev.dnnfl.report.ReportFile;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.spec.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code dnnfl neutrality}: searches alternative fixes of a buggy subject (the study's Algorithm 1). */
@Command(name = "neutrality", mixinStandardHelpOptions = true,
        header = "Search alternative ground truths of a buggy subject (neutrality analysis).",
        description = {
                "Trains the subject's known fix and then, breadth first, every configuration one hyperparameter "
                        + "away (activations, initialisers, loss, optimiser, learning rate x10 and /10, epochs x2 "
                        + "and /2, batch size, hidden layers duplicated or deleted, units x2 and /2). Neutral "
                        + "neighbours (mean metric at least the parent's) are expanded, the top-k fittest first; "
                        + "those at least as good as the known fix are alternative ground truths.",
                "Every evaluation is appended to OUT/evaluations.jsonl: rerunning the command resumes the "
                        + "search without training anything twice."})
final class NeutralityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBJECT", description = "Buggy subject JSON with a 'fix'.")
    Path subjectFile;

    @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "30m",
            description = "Time budget, e.g. 90s, 30m, 2h, 1h30m; 0 for none (default: ${DEFAULT-VALUE}).")
    String budget;

    @Option(names = "--max-trainings", paramLabel = "N", defaultValue = "0",
            description = "Stop after N training runs (0: no limit; cached evaluations are free).")
    long maxTrainings;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10",
            description = "Training runs per configuration (the study: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "5",
            description = "Neutral neighbours expanded per node (the study: ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--jobs", paramLabel = "J", description = "Parallel trainings (default: the number of cores).")
    Integer jobs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: runs/neutrality/<subject id> under $DNNFL_HOME, else the current folder).")
    Path out;

    @Override
    public Integer call() {
        if (runs < 2) throw new UserError("--runs: the significance test needs at least 2 runs, found " + runs);
        if (topK < 1) throw new UserError("--top-k: must be >= 1, found " + topK);
        if (maxTrainings < 0) throw new UserError("--max-trainings: must be >= 0, found " + maxTrainings);
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) throw new UserError("--jobs: must be >= 1, found " + threads);
        Duration limit = parseDuration(budget);
        Subject subject = SubjectReader.read(subjectFile);
        Path folder = out != null ? out : ProjectFolder.resolve("runs").resolve("neutrality").resolve(subject.id());
        ReportFile.checkFolderWritable(folder, folder, "the neutrality results");
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        NeutralityAnalysis.Outcome outcome;
        try {
            TrainedFitness evaluator = new TrainedFitness(NeutralityAnalysis.seeds(runs),
                    subjectFile.toAbsolutePath().getParent(), pool);
            outcome = NeutralityAnalysis.run(subject, evaluator, folder.resolve("evaluations.jsonl"), runs,
                    new SearchLimits(topK, limit, maxTrainings), Clock.systemUTC(), node -> {
                        err.printf(Locale.ROOT, "node %d%s: %.4f%s%n", node.id(),
                                node.operator().isEmpty() ? " (buggy)" : " " + node.operator(), node.fitness().mean(),
                                node.significantlyBetter() ? "  alternative, significantly better than the fix"
                                        : node.alternative() ? "  alternative" : "");
                        err.flush();
                    });
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        NeutralityProvenance provenance = NeutralityProvenance.of(subject, NeutralityAnalysis.seeds(runs), topK,
                DnnflVersion.number(), Instant.now());
        Optional<Path> picture = NeutralityReport.write(folder, outcome, seconds, provenance);
        stdout.print(NeutralityReport.text(outcome.summary(), seconds));
        stdout.println("results in " + folder + (picture.isPresent() ? " (graph drawn: " + picture.get().getFileName() + ")"
                : " (graph.dot; install graphviz to draw it)"));
        stdout.flush();
        return CommandLine.ExitCode.OK;
    }

    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    /** Parses {@code 90s}, {@code 30m}, {@code 2h}, {@code 1h30m} or {@code 0}. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("0")) return Duration.ZERO;
        Matcher m = DURATION.matcher(t);
        if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            throw new UserError("--budget: cannot read '" + text + "' as a duration (expected e.g. 90s, 30m, 2h, 1h30m or 0)");
        }
        try {
            Duration d = Duration.ZERO;
            if (m.group(1) != null) d = d.plusHours(Long.parseLong(m.group(1)));
            if (m.group(2) != null) d = d.plusMinutes(Long.parseLong(m.group(2)));
            if (m.group(3) != null) d = d.plusSeconds(Long.parseLong(m.group(3)));
            return d;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserError("--budget: '" + text + "' is too long a duration (give at most some years, e.g. 10000h)");
        }
    }
}
