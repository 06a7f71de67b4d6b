package dev.dnnfl.neutrality;

import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Where a set of alternative ground truths comes from (style guide 5.9): the subject and the
 * SHA-256 of its file, the training seeds of every configuration, the search's top-k, the dnnfl
 * and Java versions, and when the search ended. The same subject, seeds and top-k give the same
 * alternatives; only {@code createdAt} differs (and, under a time budget, how far the search got).
 */
public record NeutralityProvenance(String subjectId, String subjectSha256, List<Long> seeds, int topK,
                                   String dnnflVersion, String javaVersion, Instant createdAt) {
    public NeutralityProvenance {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(subjectSha256, "subjectSha256");
        Objects.requireNonNull(dnnflVersion, "dnnflVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        seeds = List.copyOf(seeds);
        if (topK < 1) throw new IllegalArgumentException("topK must be >= 1, found " + topK);
    }

    /**
     * The provenance of an analysis of {@code subject}; its hash is of the file's bytes, as in a
     * diagnosis' provenance, or of the canonical JSON for a subject that has no file.
     */
    public static NeutralityProvenance of(Subject subject, List<Long> seeds, int topK, String dnnflVersion,
                                          Instant createdAt) {
        return new NeutralityProvenance(subject.id(), fileSha256(subject), seeds, topK, dnnflVersion,
                System.getProperty("java.version"), createdAt);
    }

    private static String fileSha256(Subject subject) {
        byte[] bytes;
        try {
            bytes = subject.file() != null && Files.isRegularFile(subject.file())
                    ? Files.readAllBytes(subject.file())
                    : subject.canonicalText().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(subject.file() + ": cannot read the subject again to hash it (" + e.getMessage() + ")", e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
