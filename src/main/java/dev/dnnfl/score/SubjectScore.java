package dev.dnnfl.score;

import dev.dnnfl.spec.FaultList;

import java.util.Objects;
import java.util.Optional;

/**
 * How well one tool localised the faults of one subject.
 *
 * <p>{@code score} is empty for a negative control (a subject with an empty ground truth): its
 * measure is {@link #falseAlarms()}, the number of faults the tool localised on a correct
 * program. {@code candidates} counts the ground truths the subject was scored against (the
 * original and its alternatives); {@code bestCandidates} those the per-subject PR and F3 were
 * averaged over.
 */
public record SubjectScore(String subjectId, SubjectKind kind, String tool, FaultList localisation,
                           Optional<Score> score, int candidates, int bestCandidates) {
    public SubjectScore {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(localisation, "localisation");
        Objects.requireNonNull(score, "score");
        if (score.isPresent() && (candidates < 1 || bestCandidates < 1 || bestCandidates > candidates)) {
            throw new IllegalArgumentException("a scored subject needs 1 <= bestCandidates <= candidates, found "
                    + bestCandidates + " of " + candidates);
        }
    }

    /** Whether the subject is a correct program, scored by false alarms only. */
    public boolean negativeControl() {
        return score.isEmpty();
    }

    /** The number of localised faults, a {@code |} group counting once; 0 for {@code -} and {@code N/A}. */
    public int localisedFaults() {
        return localisation.groups().size();
    }

    /** Faults localised on a negative control; 0 on a faulty subject. */
    public int falseAlarms() {
        return negativeControl() ? localisedFaults() : 0;
    }
}
