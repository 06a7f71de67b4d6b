package dev.dnnfl.score;

import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultType;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The rules a scorer follows: how ground-truth faults are counted, how RC and PR are computed,
 * and which candidates the per-subject scores average over. {@link #plain()} is the definition
 * of the architecture; {@link #study()} reproduces the study's table 10 with its quirks.
 *
 * @param name                   the name reported with the scores ({@code plain}, {@code study})
 * @param alternativesPerLayer   whether an alternative ground truth counts one fault per layer
 *                               index ({@code ACH(0,1)} = 2), as the study's neutrality analysis
 *                               counts changed hyperparameters; the original ground truth always
 *                               counts one fault per entry
 * @param recallDecimals         decimals RC is rounded to (half up) before F3 and the maximum are
 *                               taken; empty for no rounding
 * @param precisionFromRecall    whether PR = min(matched ground-truth faults, localised) /
 *                               localised (the study's sheet) instead of matched localised faults
 *                               / localised faults
 * @param averaging              which candidates PR and F3 average over
 * @param countedMatches         matches credited on the original ground truth beyond the
 *                               matching rule (documented quirks of the study)
 */
public record ScoringRules(String name, boolean alternativesPerLayer, OptionalInt recallDecimals,
                           boolean precisionFromRecall, CandidateAveraging averaging,
                           List<CountedMatch> countedMatches) {
    public ScoringRules {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recallDecimals, "recallDecimals");
        Objects.requireNonNull(averaging, "averaging");
        countedMatches = List.copyOf(countedMatches);
        if (recallDecimals.isPresent() && recallDecimals.getAsInt() < 0) {
            throw new IllegalArgumentException("recall decimals must be >= 0, found " + recallDecimals.getAsInt());
        }
    }

    /**
     * The architecture's definition: a fault entry counts once, RC and PR are exact ratios, and
     * PR and F3 average over the candidates that reach the maximum RC.
     */
    public static ScoringRules plain() {
        return new ScoringRules("plain", false, OptionalInt.empty(), false, CandidateAveraging.BEST_RECALL, List.of());
    }

    /**
     * The rules that reproduce the study's table 10 (reference README, "Scoring: what reproduces
     * Table 10", rules 2–8): alternatives counted per layer index, RC rounded to 2 decimals
     * before F3, PR = min(matched, localised) / localised, the mean over the best-RC candidates,
     * and the study's credit of NeuraLint's {@code WCI(3)} for the {@code WCI(2)} of C3.
     */
    public static ScoringRules study() {
        return new ScoringRules("study", true, OptionalInt.of(2), true, CandidateAveraging.BEST_RECALL,
                List.of(new CountedMatch("C3", "NL",
                        Fault.of(FaultType.WCI, 3),
                        Fault.of(FaultType.WCI, 2))));
    }

    /** These rules with another candidate averaging. */
    public ScoringRules withAveraging(CandidateAveraging other) {
        return new ScoringRules(name, alternativesPerLayer, recallDecimals, precisionFromRecall, other, countedMatches);
    }
}
