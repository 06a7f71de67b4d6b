package dev.dnnfl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code dnnfl deepfd}: the DeepFD path's own commands (feature names, classifier training). */
@Command(name = "deepfd", mixinStandardHelpOptions = true,
        header = "DeepFD: list run features, train the classifiers.",
        description = "The DeepFD path learns fault types from runs of mutants of correct subjects. "
                + "'dnnfl diagnose --tools dfd' uses the classifiers under trained-classifiers/.",
        subcommands = {DeepFdFeaturesCommand.class, DeepFdTrainCommand.class, DeepFdDiagnoseCommand.class})
final class DeepFdCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The project folder: {@code DNNFL_HOME} (set by bin/dnnfl) or the working directory. */
    static Path home() {
        return dev.dnnfl.spec.ProjectFolder.home();
    }

    /** The feature definitions file: the option's value, or the project's. */
    static Path featuresFile(Path option) {
        return option != null ? option : home().resolve(dev.dnnfl.deepfd.FeatureSchema.DEFAULT_FILE);
    }

    /** The DL4J trainer for subjects whose relative data paths are resolved against {@code subjectFile}'s folder. */
    static dev.dnnfl.deepfd.RunTrainer trainer(Path subjectFile) {
        return new dev.dnnfl.deepfd.Dl4jRunTrainer(subjectFile.toAbsolutePath().getParent());
    }

    /**
     * Runs the DeepFD path on a subject: loads the features and classifiers (a {@link
     * dev.dnnfl.spec.UserError} saying how to retrain when they are missing or stale), trains the
     * subject {@code runs} times on {@code jobs} threads with a progress bar on stderr.
     */
    static dev.dnnfl.deepfd.DeepFdDiagnosis diagnosis(dev.dnnfl.spec.Subject s, Path subjectFile, int runs, int jobs,
                                                      long seed, Path classifiers, CommandSpec spec) {
        if (runs < 1) throw new dev.dnnfl.spec.UserError("--dfd-runs: must be >= 1, found " + runs);
        if (jobs < 1) throw new dev.dnnfl.spec.UserError("--jobs: must be >= 1, found " + jobs);
        dev.dnnfl.deepfd.FeatureSchema schema = dev.dnnfl.deepfd.FeatureSchema.read(featuresFile(null));
        dev.dnnfl.deepfd.TrainedClassifiers trained = dev.dnnfl.deepfd.TrainedClassifiers.load(classifierDir(classifiers), schema);
        dev.dnnfl.deepfd.DeepFdRuns.shareCores(jobs);
        dev.dnnfl.deepfd.DeepFdRuns pool = new dev.dnnfl.deepfd.DeepFdRuns(trainer(subjectFile),
                dev.dnnfl.deepfd.IndicatorLimits.deepFd(), jobs);
        try (RunProgressBar bar = new RunProgressBar(spec.commandLine().getErr())) {
            return new dev.dnnfl.deepfd.DeepFdDiagnoser(pool, schema, trained).diagnose(s.json(), runs, seed, bar);
        }
    }

    /** The classifier folder: the option's value, or the project's {@code trained-classifiers/}. */
    static Path classifierDir(Path option) {
        return option != null ? option : home().resolve("trained-classifiers");
    }
}
