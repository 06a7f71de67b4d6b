package dev.dnnfl.telemetry;

import java.util.List;

/**
 * The measured cost of telemetry on one subject: times of the same training (same seed)
 * without and with a {@link TelemetryRecorder} writing a run folder, their medians, and the
 * ratios of the medians (1.0 = free). Wall time is what a user waits; the process's CPU time is
 * what the telemetry costs, and unlike wall time it hardly moves when other processes share
 * the cores.
 */
public record OverheadMeasurement(String subjectId, int sampleEvery, List<Long> plainMillis,
                                  List<Long> recordedMillis, List<Long> plainCpuMillis,
                                  List<Long> recordedCpuMillis) {
    public OverheadMeasurement {
        plainMillis = List.copyOf(plainMillis);
        recordedMillis = List.copyOf(recordedMillis);
        plainCpuMillis = List.copyOf(plainCpuMillis);
        recordedCpuMillis = List.copyOf(recordedCpuMillis);
    }

    /** Median wall time with telemetry over median wall time without. */
    public double wallRatio() {
        return median(recordedMillis) / median(plainMillis);
    }

    /** Median process CPU time with telemetry over median thread CPU time without. */
    public double cpuRatio() {
        return median(recordedCpuMillis) / median(plainCpuMillis);
    }

    /** The median of some times. */
    public static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
