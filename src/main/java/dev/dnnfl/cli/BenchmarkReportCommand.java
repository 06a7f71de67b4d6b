package dev.dnnfl.cli;

import dev.dnnfl.spec.ProjectFolder;
import dev.dnnfl.benchmark.AlternativeGroundTruths;
import dev.dnnfl.benchmark.BenchmarkResults;
import dev.dnnfl.benchmark.BenchmarkTables;
import dev.dnnfl.benchmark.ResultsFolder;
import dev.dnnfl.benchmark.StudyFigures;
import dev.dnnfl.report.BenchmarkReport;
import dev.dnnfl.score.ScoringMode;
import dev.dnnfl.spec.FaultList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dnnfl benchmark report}: rebuilds the tables and figure from a stored results folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Rebuild the benchmark's tables and figure from stored results, without training.",
        description = {"Reads the results folder written by 'dnnfl benchmark run' (outputs.tsv, timings.tsv, "
                + "ground-truth.tsv, alternatives.tsv, provenance.tsv) and writes tables.md, index.html and the "
                + "figure again, e.g. after changing the scoring mode or the study's figures. Results of different "
                + "rules or classifiers in one folder are refused."})
final class BenchmarkReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--results", paramLabel = "DIR",
            description = "Results folder to read (default: benchmark/results under $DNNFL_HOME, else the current folder).")
    Path results;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the tables (default: the results folder).")
    Path out;

    @Option(names = "--mode", paramLabel = "plain|study", defaultValue = "plain",
            converter = ScoreCommand.ModeConverter.class,
            description = "Scoring rules of the tables (default: ${DEFAULT-VALUE}).")
    ScoringMode mode;

    @Option(names = "--study", paramLabel = "DIR",
            description = "Folder with the study's scores-study.tsv and times-study.tsv (default: benchmark/reference under $DNNFL_HOME, else the current folder; skipped when absent).")
    Path study;

    @Option(names = "--alternatives", paramLabel = "PATH",
            description = "Score after neutrality analysis with these alternative ground truths (a scorer-format file, or a "
                    + "folder searched for *alternatives*.tsv) instead of the folder's alternatives.tsv.")
    Path alternatives;

    @Override
    public Integer call() {
        if (results == null) results = ProjectFolder.resolve("benchmark/results");
        if (study == null) study = ProjectFolder.resolve("benchmark/reference");
        BenchmarkResults stored = ResultsFolder.read(results);
        if (alternatives != null) {
            BenchmarkResults read = stored;
            Map<String, List<FaultList>> found = new LinkedHashMap<>();
            AlternativeGroundTruths.read(alternatives).forEach((id, lists) -> {
                // alternatives of subjects not in the results, or of correct programs, have nothing to score
                if (read.groundTruth(id).filter(t -> !t.negativeControl()).isPresent()) found.put(id, lists);
            });
            stored = stored.withAlternatives(found);
        }
        BenchmarkTables tables = BenchmarkTables.of(stored, mode.rules(), studyFigures(study), version(spec),
                Instant.now());
        writeAndSummarise(spec, out == null ? results : out, tables);
        return CommandLine.ExitCode.OK;
    }

    /** The study's figures in a folder, when its scores file is there. */
    static Optional<StudyFigures> studyFigures(Path folder) {
        Path scores = folder.resolve("scores-study.tsv");
        if (!Files.isRegularFile(scores)) return Optional.empty();
        Path times = folder.resolve("times-study.tsv");
        return Optional.of(StudyFigures.read(scores, Files.isRegularFile(times) ? times : null));
    }

    /** Writes the report files and prints the summary on stdout and the folder on stderr. */
    static void writeAndSummarise(CommandSpec spec, Path folder, BenchmarkTables tables) {
        BenchmarkReport.write(folder, tables);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(BenchmarkReport.summary(tables));
        stdout.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("dnnfl: tables and figure written to " + folder.resolve(BenchmarkReport.HTML) + " and "
                + folder.resolve(BenchmarkReport.MARKDOWN));
        err.flush();
    }

    /** The dnnfl version of the root command. */
    static String version(CommandSpec spec) {
        String[] v = spec.root().version();
        return v.length == 0 ? "unknown" : v[0].replaceFirst("^dnnfl\\s+", "");
    }
}
