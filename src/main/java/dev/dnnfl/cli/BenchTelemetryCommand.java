package dev.dnnfl.cli;

import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.telemetry.OverheadMeasurement;
import dev.dnnfl.telemetry.TelemetryOverhead;
import dev.dnnfl.telemetry.TelemetryRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dnnfl bench-telemetry}: measures the telemetry overhead (hidden: a developer's tool). */
@Command(name = "bench-telemetry", hidden = true, mixinStandardHelpOptions = true,
        header = "Measure the training-time overhead of telemetry.",
        description = {"Trains each subject (default: the bundled bench-mlp and bench-cnn) with the same seed "
                + "without and with telemetry, alternating, and prints the median wall times and their ratio."})
final class BenchTelemetryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUBJECT", arity = "0..*", description = "Subject files (default: the bundled ones).")
    List<Path> subjects = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Pairs of runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Training seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sample-every", paramLabel = "K", split = ",",
            description = "Sampling intervals to measure (default: " + TelemetryRecorder.DEFAULT_SAMPLE_EVERY + ").")
    List<Integer> sampleEvery = new ArrayList<>(List.of(TelemetryRecorder.DEFAULT_SAMPLE_EVERY));

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Subject> list = new ArrayList<>();
        if (subjects.isEmpty()) TelemetryOverhead.BUNDLED.forEach(id -> list.add(TelemetryOverhead.bundled(id)));
        else subjects.forEach(p -> list.add(SubjectReader.read(p)));
        out.println("subject\tsample_every\truns\twall_plain_ms\twall_telemetry_ms\twall_ratio\tcpu_plain_ms\tcpu_telemetry_ms\tcpu_ratio");
        for (Subject s : list) {
            for (int k : sampleEvery) {
                OverheadMeasurement m = TelemetryOverhead.measure(s, seed, runs, k);
                out.printf("%s\t%d\t%d\t%.0f\t%.0f\t%.3f\t%.0f\t%.0f\t%.3f%n", m.subjectId(), k, runs,
                        OverheadMeasurement.median(m.plainMillis()), OverheadMeasurement.median(m.recordedMillis()), m.wallRatio(),
                        OverheadMeasurement.median(m.plainCpuMillis()), OverheadMeasurement.median(m.recordedCpuMillis()), m.cpuRatio());
                out.flush();
            }
        }
        return 0;
    }
}
