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
 * {@code fix} is an RFC 6902 patch that repairs the subject, or a missing node.
 */
public record Subject(String id, String task, DatasetSpec dataset, List<LayerSpec> layers,
                      TrainingSpec training, Optional<FaultList> groundTruth, JsonNode fix,
                      JsonNode json, Path file) {
    public Subject {
        Objects.requireNonNull(id, "id");
        layers = List.copyOf(layers);
    }

    /** Whether the subject is a classification task (the other task is regression). */
    public boolean isClassification() {
        return task.equals("classification");
    }

    /** The layer at a Keras index. */
    public LayerSpec layer(int index) {
        return layers.get(index);
    }
}
