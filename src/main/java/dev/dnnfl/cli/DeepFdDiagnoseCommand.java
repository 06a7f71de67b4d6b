package dev.dnnfl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.deepfd.ClassifierKind;
import dev.dnnfl.deepfd.DeepFdDiagnoser;
import dev.dnnfl.deepfd.DeepFdDiagnosis;
import dev.dnnfl.deepfd.DeepFdLabel;
import dev.dnnfl.deepfd.DeepFdRuns;
import dev.dnnfl.deepfd.FeatureSchema;
import dev.dnnfl.deepfd.IndicatorLimits;
import dev.dnnfl.deepfd.TrainedClassifiers;
import dev.dnnfl.spec.Subject;
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
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dnnfl deepfd diagnose SUBJECT}: the DeepFD path alone, with its per-classifier votes. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        header = "Diagnose a subject with the DeepFD path alone.",
        description = "Trains SUBJECT N times on J worker threads, predicts each run's fault types with the trained "
                + "k-NN, J48 and random-forest classifiers, switches a label on when enough runs predict it, and "
                + "prints the union as the DeepFD localisation with the votes behind it. 'dnnfl diagnose --tools dfd' "
                + "runs the same path next to the others.")
final class DeepFdDiagnoseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBJECT", description = "The subject JSON file.")
    Path subject;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Training runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jobs", paramLabel = "J", defaultValue = "2", description = "Parallel trainings (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of run 0; run i uses S+i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--classifiers", paramLabel = "DIR", description = "Trained classifiers (default: trained-classifiers).")
    Path classifiers;

    @Option(names = "--features", paramLabel = "FILE", description = "Feature definitions (default: features/deepfd-features.json).")
    Path features;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        if (runs < 1) throw new UserError("--runs: must be >= 1, found " + runs);
        if (jobs < 1) throw new UserError("--jobs: must be >= 1, found " + jobs);
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("--format: unknown format '" + format + "' (expected one of: text, json)");
        }
        Subject s = SubjectReader.read(subject);
        FeatureSchema schema = FeatureSchema.read(DeepFdCommand.featuresFile(features));
        TrainedClassifiers trained = TrainedClassifiers.load(DeepFdCommand.classifierDir(classifiers), schema);
        DeepFdRuns.shareCores(jobs);
        DeepFdRuns pool = new DeepFdRuns(DeepFdCommand.trainer(subject), IndicatorLimits.deepFd(), jobs);
        DeepFdDiagnosis d;
        try (RunProgressBar bar = new RunProgressBar(spec.commandLine().getErr())) {
            d = new DeepFdDiagnoser(pool, schema, trained).diagnose(s.json(), runs, seed, bar);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(json(mapper, d, jobs)));
        } else {
            out.println(s.id() + "  DFD: " + d.localisation());
            s.groundTruth().ifPresent(gt -> out.println("ground truth: " + gt));
            out.printf("runs: %d of %d completed, %d jobs, %.1f s%n", d.runsCompleted(), d.seeds().size(), jobs, d.millis() / 1000.0);
            if (d.conclusion() != null) {
                out.println("votes (runs predicting each label; * = switched on):");
                out.printf("%-4s %s%n", "", String.join(" ", java.util.Arrays.stream(DeepFdLabel.values())
                        .map(l -> String.format("%6s", l.key())).toList()));
                for (ClassifierKind k : ClassifierKind.values()) {
                    StringBuilder row = new StringBuilder(String.format("%-4s", k.key()));
                    for (DeepFdLabel l : DeepFdLabel.values()) {
                        boolean on = d.conclusion().switchedOn().get(k).contains(l);
                        row.append(String.format(" %5d%s", d.conclusion().counts().get(k).get(l), on ? "*" : " "));
                    }
                    out.println(row);
                }
            }
            d.failures().forEach(f -> out.println("failed " + f));
        }
        out.flush();
        return 0;
    }

    static ObjectNode json(ObjectMapper mapper, DeepFdDiagnosis d, int jobs) {
        ObjectNode root = mapper.createObjectNode();
        root.put("subject", d.subjectId());
        root.put("localisation", d.localisation().toString());
        root.put("runs", d.seeds().size());
        root.put("runs_completed", d.runsCompleted());
        root.put("jobs", jobs);
        root.put("millis", d.millis());
        d.seeds().forEach(root.putArray("seeds")::add);
        if (d.conclusion() != null) {
            ObjectNode votes = root.putObject("votes");
            for (ClassifierKind k : ClassifierKind.values()) {
                ObjectNode kn = votes.putObject(k.name());
                for (Map.Entry<DeepFdLabel, Integer> e : d.conclusion().counts().get(k).entrySet()) kn.put(e.getKey().key(), e.getValue());
            }
            d.conclusion().union().forEach(l -> root.withArray("labels").add(l.key()));
        }
        d.failures().forEach(root.putArray("failures")::add);
        ObjectNode sha = root.putObject("classifier_sha256");
        new java.util.TreeMap<>(d.classifierSha256()).forEach(sha::put);
        return root;
    }
}
