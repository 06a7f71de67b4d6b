package dev.dnnfl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dnnfl.report.SubjectSummary;
import dev.dnnfl.spec.Shapes;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.train.NetworkBuilder;
import dev.dnnfl.spec.SubjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dnnfl validate SUBJECT…}: checks subject files and prints each one's summary, or every
 * problem of every invalid one.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check subject files and summarise them.",
        description = {"Reads each SUBJECT, checks every field against the Keras vocabulary and prints a summary: "
                + "dataset, layers (Keras index, name, type, activation, output shape), training, ground truth "
                + "and fix. With --format json it prints the canonical JSON (aliases resolved, Keras defaults "
                + "filled in). Every problem of an invalid subject is printed on stderr, one per line, and the "
                + "exit code is 2 when any subject is invalid."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBJECT", arity = "1..*", description = "Subject JSON files.")
    List<Path> subjects;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /** The output formats of {@code validate}. */
    enum Format { text, json }

    @Override
    public Integer call() throws JsonProcessingException {
        if (subjects.size() == 1) {
            // One subject: a UserError goes to the root handler (exit 2, one "dnnfl: …" line per problem).
            print(check(subjects.get(0)), false);
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : subjects) {
            try {
                print(check(file), true);
            } catch (UserError e) {
                invalid++;
                e.getMessage().lines().forEach(line -> err.println("dnnfl: " + line));
                err.flush();
            }
        }
        if (invalid > 0) {
            err.println("dnnfl: " + invalid + " of " + subjects.size() + " subjects are invalid");
            err.flush();
            return Dnnfl.EXIT_BAD_INPUT;
        }
        return 0;
    }

    private Subject check(Path file) {
        Subject s = SubjectReader.read(file);
        List<Integer> input = Shapes.declaredInput(s.dataset());
        // With a known input shape the DL4J builder can say now whether the model trains (an
        // activation, loss or setting DL4J cannot reproduce), rather than at training time.
        if (!input.isEmpty()) {
            try {
                NetworkBuilder.check(s, input);
            } catch (UserError e) {
                throw new UserError(file + ": " + e.getMessage(), e);
            }
        }
        return s;
    }

    private void print(Subject s, boolean several) throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(SubjectReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(s.json()));
        } else {
            out.print(SubjectSummary.render(s));
            if (several) out.println();
        }
        out.flush();
    }
}
