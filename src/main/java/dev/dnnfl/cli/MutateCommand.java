package dev.dnnfl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.mutation.DeepFdOperator;
import dev.dnnfl.mutation.Mutant;
import dev.dnnfl.mutation.MutantGenerator;
import dev.dnnfl.mutation.Mutation;
import dev.dnnfl.report.ReportFile;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.spec.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/** {@code dnnfl mutate SUBJECT}: seeds DeepFD's faults into a subject and writes the mutants. */
@Command(name = "mutate", mixinStandardHelpOptions = true,
        header = "Seed DeepFD faults into a subject and write the mutants.",
        description = "Builds up to K mutants of SUBJECT with DeepFD's operators (optimiser, learning rate, loss, "
                + "epochs, last activation), each with F faults of distinct types, each from the original subject. "
                + "Prints one line per mutant: its name, its ground truth (patch -> faults) and its patch; with --out "
                + "writes each mutant as <id>.<name>.json.")
final class MutateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBJECT", description = "The subject JSON file.")
    Path subject;

    @Option(names = "--count", paramLabel = "K", defaultValue = "10", description = "Mutants (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--faults", paramLabel = "F", defaultValue = "1", description = "Faults per mutant, 1 to 5 (default: ${DEFAULT-VALUE}).")
    int faults;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder the mutant subjects are written to.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (count < 1) throw new UserError("--count: must be >= 1, found " + count);
        if (faults < 1 || faults > 5) throw new UserError("--faults: must be 1 to 5 (DeepFD's five fault types), found " + faults);
        if (out != null) ReportFile.checkFolderWritable(out, out, "the mutants");
        JsonNode original = SubjectReader.read(subject).json();
        MutantGenerator generator = MutantGenerator.deepFd();
        Random random = new Random(seed);
        List<Mutant> mutants;
        if (faults == 1) {
            mutants = generator.singleFault(original, count, random);
        } else {
            // Without a kill test, every value an operator can write is a candidate.
            Map<String, List<Mutation>> candidates = new LinkedHashMap<>();
            for (DeepFdOperator op : DeepFdOperator.values()) candidates.put(op.key(), op.neighbours(original));
            mutants = generator.multiFault(original, candidates, faults, count, random);
        }
        PrintWriter o = spec.commandLine().getOut();
        for (Mutant m : mutants) {
            o.println(m.name() + "\t" + m.groundTruth() + "\t" + m.patch());
            if (out != null) {
                Path file = out.resolve(m.subject().path("id").asText() + ".json");
                ReportFile.write(file, SubjectReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m.subject()));
            }
        }
        o.flush();
        return 0;
    }
}
