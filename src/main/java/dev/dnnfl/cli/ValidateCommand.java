package dev.dnnfl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dnnfl.report.SubjectSummary;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dnnfl validate SUBJECT}: checks a subject file and prints its summary or every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check a subject file and summarise it.",
        description = {"Reads SUBJECT, checks every field against the Keras vocabulary and prints a summary: "
                + "dataset, layers (Keras index, name, type, activation, output shape), training, ground truth "
                + "and fix. With --format json it prints the canonical JSON (aliases resolved, Keras defaults "
                + "filled in). An invalid subject prints every problem, one per line, and exits with 2."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBJECT", description = "The subject JSON file.")
    Path subject;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /** The output formats of {@code validate}. */
    enum Format { text, json }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        // An invalid subject throws UserError; the root handler prints each problem as its own
        // "dnnfl: …" line and exits with 2.
        Subject s = SubjectReader.read(subject);
        if (format == Format.json) {
            out.println(SubjectReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(s.json()));
        } else {
            out.print(SubjectSummary.render(s));
        }
        out.flush();
        return 0;
    }
}
