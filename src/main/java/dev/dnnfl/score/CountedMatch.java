package dev.dnnfl.score;

import dev.dnnfl.spec.Fault;

import java.util.Objects;

/**
 * A match the study counted although the notation's matching rule does not give it: on one
 * subject, one tool's localised fault is credited as finding one fault of the original ground
 * truth. It never applies to alternative ground truths.
 *
 * <p>The only known case is C3/NL: NeuraLint reports {@code WCI(3)}, the ground truth is
 * {@code WCI(2)}, and the study's tables 8 and 10 count it as a hit; see
 * {@link ScoringRules#study()}. Keeping it as data makes the deviation visible in the rules a
 * score was computed with, instead of hiding it in the matching code.
 */
public record CountedMatch(String subjectId, String tool, Fault localised, Fault groundTruth) {
    public CountedMatch {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(localised, "localised");
        Objects.requireNonNull(groundTruth, "groundTruth");
    }

    /** Whether this credit applies to the given subject and tool. */
    public boolean appliesTo(String subject, String toolName) {
        return subjectId.equals(subject) && tool.equals(toolName);
    }

    @Override
    public String toString() {
        return subjectId + "/" + tool + ": " + localised + " counts as " + groundTruth;
    }
}
