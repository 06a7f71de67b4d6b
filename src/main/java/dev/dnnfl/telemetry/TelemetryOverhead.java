package dev.dnnfl.telemetry;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.train.Trainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures what telemetry costs: trains a subject with the same seed without and with a
 * {@link TelemetryRecorder} (writing a run folder, as {@code dnnfl train} does), alternating the
 * two so that load on a shared machine hits both alike, after one warm-up of each.
 */
public final class TelemetryOverhead {
    /** The bundled benchmark subjects: a small MLP and a small CNN. */
    public static final List<String> BUNDLED = List.of("bench-mlp", "bench-cnn");

    /** The JVM's CPU time (every thread: ND4J's native pool, JIT and GC are costs of the run too). */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private TelemetryOverhead() {
    }

    /** A bundled benchmark subject by id. */
    public static Subject bundled(String id) {
        try (InputStream in = TelemetryOverhead.class.getResourceAsStream(id + ".json")) {
            if (in == null) throw new IllegalArgumentException("no bundled benchmark subject '" + id + "' (expected one of " + BUNDLED + ")");
            return SubjectReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), id + ".json", Path.of("."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Measures the overhead on a subject over {@code runs} pairs of runs. */
    public static OverheadMeasurement measure(Subject subject, long seed, int runs, int sampleEvery) {
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, found " + runs);
        Dataset data = DatasetLoader.load(subject);
        Path scratch;
        try {
            scratch = Files.createTempDirectory("dnnfl-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            plain(subject, data, seed);
            recorded(subject, data, seed, sampleEvery, scratch);
            List<long[]> plain = new ArrayList<>();
            List<long[]> recorded = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                if (i % 2 == 0) {
                    plain.add(plain(subject, data, seed));
                    recorded.add(recorded(subject, data, seed, sampleEvery, scratch));
                } else {
                    recorded.add(recorded(subject, data, seed, sampleEvery, scratch));
                    plain.add(plain(subject, data, seed));
                }
            }
            return new OverheadMeasurement(subject.id(), sampleEvery, column(plain, 0), column(recorded, 0),
                    column(plain, 1), column(recorded, 1));
        } finally {
            delete(scratch);
        }
    }

    /** Wall and process CPU milliseconds of a run without telemetry. */
    private static long[] plain(Subject s, Dataset d, long seed) {
        long t = System.nanoTime();
        long c = CPU.getProcessCpuTime();
        Trainer.train(s, d, seed);
        return new long[]{(System.nanoTime() - t) / 1_000_000, (CPU.getProcessCpuTime() - c) / 1_000_000};
    }

    /** Wall and process CPU milliseconds of a run with telemetry written to a run folder. */
    private static long[] recorded(Subject s, Dataset d, long seed, int sampleEvery, Path scratch) {
        long t = System.nanoTime();
        long c = CPU.getProcessCpuTime();
        try (RunFolderWriter w = RunFolderWriter.open(scratch.resolve("run"))) {
            Trainer.train(s, d, seed, List.of(new TelemetryRecorder(sampleEvery, List.of(w))));
        }
        return new long[]{(System.nanoTime() - t) / 1_000_000, (CPU.getProcessCpuTime() - c) / 1_000_000};
    }

    private static List<Long> column(List<long[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toList();
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
