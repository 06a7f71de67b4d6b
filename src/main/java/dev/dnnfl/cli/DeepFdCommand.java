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
        String home = System.getenv("DNNFL_HOME");
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    /** The feature definitions file: the option's value, or the project's. */
    static Path featuresFile(Path option) {
        return option != null ? option : home().resolve(dev.dnnfl.deepfd.FeatureSchema.DEFAULT_FILE);
    }

    /** The DL4J trainer for subjects whose relative data paths are resolved against {@code subjectFile}'s folder. */
    static dev.dnnfl.deepfd.RunTrainer trainer(Path subjectFile) {
        return new dev.dnnfl.deepfd.Dl4jRunTrainer(subjectFile.toAbsolutePath().getParent());
    }

    /** The classifier folder: the option's value, or the project's {@code trained-classifiers/}. */
    static Path classifierDir(Path option) {
        return option != null ? option : home().resolve("trained-classifiers");
    }
}
