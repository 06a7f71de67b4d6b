package dev.dnnfl.telemetry;

import dev.dnnfl.spec.Subject;

import java.util.List;

/**
 * What a telemetry run is about: the subject (id and SHA-256 of its canonical JSON), the seed, the sampling interval in iterations, the probe batch
 * size, and each Keras layer's name and type (indices of {@link LayerSnapshot#layer()}).
 */
public record RunInfo(String subjectId, String subjectSha256, long seed, int sampleEvery, int probeSize,
                      List<String> layerNames, List<String> layerTypes) {
    public RunInfo {
        layerNames = List.copyOf(layerNames);
        layerTypes = List.copyOf(layerTypes);
        if (sampleEvery < 1) throw new IllegalArgumentException("sampleEvery must be >= 1, found " + sampleEvery);
    }

    /** The run information of a subject trained with a seed. */
    public static RunInfo of(Subject subject, long seed, int sampleEvery, int probeSize) {
        return new RunInfo(subject.id(), subject.sha256(), seed, sampleEvery, probeSize,
                subject.layers().stream().map(l -> l.name() == null ? l.type() : l.name()).toList(),
                subject.layers().stream().map(l -> l.type()).toList());
    }
}
