package dev.dnnfl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dnnfl benchmark}: the whole-suite commands; prints their list when none is given. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        header = "Run the benchmark subjects and write the study's tables.",
        subcommands = {
                BenchmarkRunCommand.class,
                BenchmarkReportCommand.class,
                BenchmarkCheckCommand.class,
        })
final class BenchmarkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
    }
}
