package dev.dnnfl.telemetry;

import dev.dnnfl.spec.Subject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a telemetry run is about: the subject (id and SHA-256 of its canonical JSON, empty when
 * the subject was built in code), the seed, the sampling interval in iterations, the probe batch
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
        return new RunInfo(subject.id(), sha256(subject), seed, sampleEvery, probeSize,
                subject.layers().stream().map(l -> l.name() == null ? l.type() : l.name()).toList(),
                subject.layers().stream().map(l -> l.type()).toList());
    }

    private static String sha256(Subject subject) {
        if (subject.json() == null) return "";
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.json().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
