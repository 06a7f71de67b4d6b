package dev.dnnfl.score;

import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a score table comes from: the SHA-256 of every input file by its role
 * ({@code ground-truth}, {@code alternatives}, {@code outputs}), the scoring mode, the dnnfl and
 * Java versions, and when it was computed. The same inputs and mode give the same scores;
 * only {@code createdAt} differs between two runs.
 */
public record ScoreProvenance(String mode, Map<String, String> inputSha256, String dnnflVersion,
                              String javaVersion, Instant createdAt) {
    public ScoreProvenance {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dnnflVersion, "dnnflVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        inputSha256 = Collections.unmodifiableMap(new LinkedHashMap<>(inputSha256));
    }

    /** The provenance of scores computed now from the given files (role → path, in order). */
    public static ScoreProvenance of(String mode, Map<String, Path> inputs, String dnnflVersion, Instant createdAt) {
        Map<String, String> hashes = new LinkedHashMap<>();
        inputs.forEach((role, path) -> hashes.put(role, sha256(path)));
        return new ScoreProvenance(mode, hashes, dnnflVersion, System.getProperty("java.version"), createdAt);
    }

    /** The provenance of scores computed from inputs that are not files (e.g. in a test or a benchmark run). */
    public static ScoreProvenance inMemory(String mode, String dnnflVersion, Instant createdAt) {
        return new ScoreProvenance(mode, Map.of(), dnnflVersion, System.getProperty("java.version"), createdAt);
    }

    /** The hex SHA-256 of a file's bytes. */
    public static String sha256(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw UserError.missingFile(path, "cannot read file (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
