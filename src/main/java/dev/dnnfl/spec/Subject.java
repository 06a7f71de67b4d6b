package dev.dnnfl.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One training program: a model, its hyperparameters and its data, as read from a subject JSON
 * file (see {@code SubjectReader}). Immutable. {@code json} is the canonical JSON the typed
 * fields were read from (names in canonical spelling, defaults filled in); patches apply to it.
 * {@code groundTruth} is present when the file has one ({@code []} means a correct program);
 * {@code fix} is an RFC 6902 patch that repairs the subject, or {@code null}; {@code file} is the
 * file it was read from, or {@code null} for a subject built from a JSON tree (a patched one).
 * Layers are numbered as Keras numbers {@code model.layers}.
 */
public record Subject(String id, String task, DatasetSpec dataset, List<LayerSpec> layers,
                      TrainingSpec training, Optional<FaultList> groundTruth, JsonNode fix,
                      JsonNode json, Path file) {
    public Subject {
        Objects.requireNonNull(id, "id");
        layers = List.copyOf(layers);
        groundTruth = groundTruth == null ? Optional.empty() : groundTruth;
        // Subjects built by hand in tests may have no JSON; SubjectReader always gives one.
        json = json == null ? null : json.deepCopy();
        fix = fix == null ? null : fix.deepCopy();
    }

    /** Reads and validates a subject file (see {@link SubjectReader#read(Path)}). */
    public static Subject read(Path file) {
        return SubjectReader.read(file);
    }

    /** Whether the subject is a classification task (the other task is regression). */
    public boolean isClassification() {
        return task.equals("classification");
    }

    /**
     * The canonical JSON (names in canonical spelling, Keras defaults filled in), as a copy:
     * a subject is immutable.
     */
    @Override
    public JsonNode json() {
        return json == null ? null : json.deepCopy();
    }

    /** The subject's fix (an RFC 6902 patch), as a copy, or {@code null} when it has none. */
    @Override
    public JsonNode fix() {
        return fix == null ? null : fix.deepCopy();
    }

    /** The canonical JSON as compact text, with a fixed field order: the input of {@link #sha256()}. */
    public String canonicalText() {
        if (json == null) throw new IllegalStateException("subject " + id + " was built without its JSON; read it with SubjectReader");
        return json.toString();
    }

    /**
     * The SHA-256 (lower-case hex) of the canonical JSON: the same subject, however it was
     * spelt (aliases, omitted defaults, field order), gives the same hash. Used for caches and
     * provenance.
     */
    public String sha256() {
        return sha256Hex(canonicalText());
    }

    /**
     * The SHA-256 of the program alone: the canonical JSON without id, description, ground
     * truth, fix, original values and notes, so two subjects that train the same way share it
     * (a training cache key).
     */
    public String programSha256() {
        canonicalText();
        com.fasterxml.jackson.databind.node.ObjectNode program = (com.fasterxml.jackson.databind.node.ObjectNode) json.deepCopy();
        program.remove(List.of("id", "description", "ground_truth", "fix", "original", "notes"));
        return sha256Hex(program.toString());
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The layer at a Keras index. */
    public LayerSpec layer(int index) {
        return layers.get(index);
    }
}
