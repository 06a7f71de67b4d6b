package dev.dnnfl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.deepfd.ClassifierKind;
import dev.dnnfl.deepfd.DeepFdLabel;
import dev.dnnfl.deepfd.DeepFdRuns;
import dev.dnnfl.deepfd.DeepFdTraining;
import dev.dnnfl.deepfd.FeatureSchema;
import dev.dnnfl.deepfd.IndicatorLimits;
import dev.dnnfl.deepfd.LabelScore;
import dev.dnnfl.deepfd.RunStore;
import dev.dnnfl.deepfd.TrainedClassifiers;
import dev.dnnfl.deepfd.TrainingPlan;
import dev.dnnfl.deepfd.TrainingReport;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.spec.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code dnnfl deepfd train}: trains DeepFD's classifiers on mutants of correct subjects. */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Train the DeepFD classifiers on mutants of correct subjects.",
        description = {"For every correct subject (ground truth []) in DIR: seed single-fault mutants with DeepFD's "
                + "operators, train the subject and every mutant N times on J worker threads, judge each mutant by "
                + "statistical killing, add multi-fault mutants from the faulty values, extract the run features, "
                + "train k-NN, J48 and random forest per label, print their cross-validated precision and recall, "
                + "and save them with their metadata.",
                "Every finished run is kept in the work folder: rerun the same command to resume an interrupted "
                + "session without retraining what is done."})
final class DeepFdTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--subjects", required = true, paramLabel = "DIR", description = "Folder of correct subject JSON files.")
    Path subjects;

    @Option(names = "--mutants-per-subject", paramLabel = "K", defaultValue = "20",
            description = "Single-fault mutants per subject (default: ${DEFAULT-VALUE}, DeepFD's max_fault).")
    int mutants;

    @Option(names = "--multi-fault-mutants", paramLabel = "M", defaultValue = "-1",
            description = "Multi-fault mutants per subject (default: half of K).")
    int multiFault;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Runs per variant (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jobs", paramLabel = "J", defaultValue = "2", description = "Parallel trainings (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--folds", paramLabel = "F", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--features", paramLabel = "FILE", description = "Feature definitions (default: features/deepfd-features.json).")
    Path features;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder of finished runs, for resuming (default: features/deepfd-work).")
    Path work;

    @Option(names = "--table", paramLabel = "FILE", description = "ARFF feature table written (default: features/deepfd-training.arff).")
    Path table;

    @Option(names = "--out", paramLabel = "DIR", description = "Classifier folder written (default: trained-classifiers).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (mutants < 1) throw new UserError("--mutants-per-subject: must be >= 1, found " + mutants);
        if (runs < 2) throw new UserError("--runs: must be >= 2 (the killing test compares samples), found " + runs);
        if (jobs < 1) throw new UserError("--jobs: must be >= 1, found " + jobs);
        if (folds < 2) throw new UserError("--folds: must be >= 2, found " + folds);
        FeatureSchema schema = FeatureSchema.read(DeepFdCommand.featuresFile(features));
        List<JsonNode> subjectJson = correctSubjects(subjects);
        Path workDir = work != null ? work : DeepFdCommand.home().resolve("features/deepfd-work");
        Path tableFile = table != null ? table : DeepFdCommand.home().resolve("features/deepfd-training.arff");
        Path outDir = DeepFdCommand.classifierDir(out);
        PrintWriter err = spec.commandLine().getErr();
        // Weka's netlib warns on stderr that it falls back from native to Java linear algebra:
        // nothing a user can act on. The local reference keeps the logger (weakly held) configured.
        java.util.logging.Logger netlib = java.util.logging.Logger.getLogger("com.github.fommil.netlib");
        netlib.setLevel(java.util.logging.Level.SEVERE);
        DeepFdRuns.shareCores(jobs);
        DeepFdRuns pool = new DeepFdRuns(DeepFdCommand.trainer(subjects.resolve("subject.json")), IndicatorLimits.deepFd(), jobs);
        TrainingPlan plan = new TrainingPlan(mutants, multiFault < 0 ? mutants / 2 : multiFault, runs, seed, folds);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("command", "dnnfl deepfd train --subjects " + subjects + " --mutants-per-subject " + mutants
                + " --multi-fault-mutants " + plan.multiFaultMutantsPerSubject() + " --runs " + runs + " --jobs " + jobs
                + " --seed " + seed + " --folds " + folds);
        TrainingReport report;
        try (RunProgressBar bar = new RunProgressBar(err)) {
            report = new DeepFdTraining(pool, schema, RunStore.open(workDir), bar).train(subjectJson, plan, notes);
        }
        if (report.table().rows().isEmpty()) {
            throw new JobFailure("no run completed: nothing to train the classifiers on (see " + workDir.resolve("runs.jsonl") + ")");
        }
        report.table().write(tableFile);
        TrainedClassifiers saved = report.classifiers().save(outDir);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d subjects, %d mutants (%d faulty), %d rows; %d runs trained, %d reused; %.1f min%n",
                subjectJson.size(), report.verdicts().size(), report.faultyMutants(), report.table().rows().size(),
                report.runsTrained(), report.runsReused(), report.millis() / 60000.0);
        o.println("cross-validated (" + saved.metadata().folds() + " folds grouped by variant):");
        o.printf("%-4s %-6s %9s %7s %6s %9s%n", "clf", "label", "precision", "recall", "f1", "positives");
        for (ClassifierKind k : ClassifierKind.values()) {
            for (DeepFdLabel l : DeepFdLabel.values()) {
                LabelScore s = saved.metadata().scores().get(k).get(l);
                o.printf("%-4s %-6s %9.3f %7.3f %6.3f %9d%n", k.key(), l.key(), s.precision(), s.recall(), s.f1(), s.positives());
            }
        }
        o.println("features: " + tableFile);
        o.println("classifiers: " + outDir);
        o.flush();
        netlib.setLevel(null);
        return 0;
    }

    private static List<JsonNode> correctSubjects(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw UserError.missingFile(dir, "not a folder of subject JSON files (--subjects)");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) throw UserError.missingFile(dir, "holds no subject JSON file (--subjects)");
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files) {
            Subject subject = SubjectReader.read(f);
            if (subject.groundTruth().isPresent() && !subject.groundTruth().get().isEmpty()) {
                throw UserError.atField(f.toString(), "/ground_truth", "is " + subject.groundTruth().get()
                        + ": DeepFD learns from mutants of correct subjects only (ground truth [])");
            }
            out.add(subject.json());
        }
        return out;
    }

}
