package dev.dnnfl.cli;

import dev.dnnfl.deepfd.FeatureSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dnnfl deepfd features}: prints DeepFD's feature names, one per line. */
@Command(name = "features", mixinStandardHelpOptions = true,
        header = "Print the DeepFD feature names, one per line.",
        description = "Reads the feature definitions (features/deepfd-features.json unless --features is given) "
                + "and prints the name of every feature in classifier input order; the count and the schema hash "
                + "go to stderr.")
final class DeepFdFeaturesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--features", paramLabel = "FILE", description = "Feature definitions (default: features/deepfd-features.json).")
    Path features;

    @Override
    public Integer call() {
        FeatureSchema schema = FeatureSchema.read(DeepFdCommand.featuresFile(features));
        PrintWriter out = spec.commandLine().getOut();
        schema.names().forEach(out::println);
        out.flush();
        spec.commandLine().getErr().println(schema.size() + " features, schema sha256 " + schema.sha256());
        spec.commandLine().getErr().flush();
        return 0;
    }
}
