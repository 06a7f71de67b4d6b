package dev.dnnfl.score;

import dev.dnnfl.spec.FaultGroup;
import dev.dnnfl.spec.FaultList;

import java.util.Objects;

/**
 * The faults a subject really has, as its fix shows them: one line of {@code ground-truth.tsv}.
 *
 * <p>An empty list ({@code -} or {@code []}) marks a correct program, a negative control: it is
 * not scored by RC/PR/F3 but by how many faults a tool localises on it (false alarms). A ground
 * truth is never {@code N/A} and offers no {@code |} alternatives.
 */
public record GroundTruth(String subjectId, SubjectKind kind, FaultList faults) {
    public GroundTruth {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(faults, "faults");
        if (subjectId.isBlank()) throw new IllegalArgumentException("subject id must not be blank");
        if (faults.notApplicable()) {
            throw new IllegalArgumentException("ground truth of " + subjectId + " cannot be N/A");
        }
        for (FaultGroup g : faults.groups()) {
            if (g.readings().size() != 1) {
                throw new IllegalArgumentException("ground truth of " + subjectId
                        + " cannot offer '|' alternatives, found " + g);
            }
        }
    }

    /** Whether the subject is a correct program (empty ground truth). */
    public boolean negativeControl() {
        return faults.isEmpty();
    }
}
