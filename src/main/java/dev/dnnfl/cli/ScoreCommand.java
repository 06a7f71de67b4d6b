package dev.dnnfl.cli;

import dev.dnnfl.report.ReportFile;
import dev.dnnfl.report.ReportFormat;
import dev.dnnfl.report.ScoreReport;
import dev.dnnfl.score.ScoreProvenance;
import dev.dnnfl.score.ScoreTable;
import dev.dnnfl.score.Scorer;
import dev.dnnfl.score.ScorerInput;
import dev.dnnfl.score.ScoringMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dnnfl score}: scores tool outputs against ground truths and their alternatives. */
@Command(name = "score", mixinStandardHelpOptions = true,
        header = "Score tool localisations against ground truths (RC, PR, F3).",
        description = {
                "Reads ground-truth.tsv (id, kind A|R, faults), optionally alternatives.tsv (id first, "
                        + "faults last) and outputs.tsv (id, tool, faults), and prints RC, PR and F3 per "
                        + "subject and tool with their means over artificial (A), real (R) and all subjects.",
                "Mode 'plain' follows the architecture's definition; 'study' reproduces the study's table 10 "
                        + "(alternatives counted per layer, RC rounded to 2 decimals, capped PR, the C3/NL credit)."})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ground-truth", required = true, paramLabel = "FILE",
            description = "Ground truths: id<TAB>kind<TAB>faults; '-' marks a correct program (negative control).")
    Path groundTruth;

    @Option(names = "--alternatives", paramLabel = "FILE",
            description = "Alternative ground truths: id first, faults last, one line per alternative.")
    Path alternatives;

    @Option(names = "--outputs", required = true, paramLabel = "FILE",
            description = "Tool outputs: id<TAB>tool<TAB>faults; '-' nothing found, 'N/A' tool could not run.")
    Path outputs;

    @Option(names = "--mode", paramLabel = "plain|study", defaultValue = "plain", converter = ModeConverter.class,
            description = "Scoring rules (default: ${DEFAULT-VALUE}).")
    ScoringMode mode;

    @Option(names = "--format", paramLabel = "text|md|tsv|json", defaultValue = "text",
            converter = FormatConverter.class, description = "Output format (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the scores to FILE instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        if (out != null) {
            Map<String, Path> inputs = new LinkedHashMap<>();
            inputs.put("--ground-truth", groundTruth);
            inputs.put("--alternatives", alternatives);
            inputs.put("--outputs", outputs);
            ReportFile.checkWritable(out, inputs);
        }
        ScorerInput input = ScorerInput.read(groundTruth, alternatives, outputs);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("ground-truth", groundTruth);
        if (alternatives != null) files.put("alternatives", alternatives);
        files.put("outputs", outputs);
        ScoreProvenance provenance = ScoreProvenance.of(mode.label(), files, DnnflVersion.number(), Instant.now());
        ScoreTable table = Scorer.of(mode.rules()).scoreAll(input, provenance);
        String rendered = ScoreReport.render(table, format);
        if (out != null) {
            ReportFile.write(out, rendered);
            PrintWriter err = spec.commandLine().getErr();
            err.println("dnnfl: scores written to " + out);
            err.flush();
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(rendered);
            stdout.flush();
        }
        return CommandLine.ExitCode.OK;
    }

    /** Reads {@code --mode} (of score and of the benchmark commands). */
    static final class ModeConverter implements CommandLine.ITypeConverter<ScoringMode> {
        @Override
        public ScoringMode convert(String value) {
            try {
                return ScoringMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code --format}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
