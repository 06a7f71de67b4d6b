package dev.dnnfl.score;

import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultGroup;
import dev.dnnfl.spec.FaultList;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scorer that treats the original ground truth and every alternative as candidates: RC is the
 * best over the candidates, PR and F3 the mean over the candidates chosen by
 * {@link ScoringRules#averaging()} (section 5.2 of the study).
 */
public final class CandidateScorer implements Scorer {
    private final ScoringRules rules;

    public CandidateScorer(ScoringRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public ScoringRules rules() {
        return rules;
    }

    @Override
    public SubjectScore score(GroundTruth truth, List<FaultList> alternatives, ToolLocalisation localisation) {
        if (!truth.subjectId().equals(localisation.subjectId())) {
            throw new IllegalArgumentException("localisation of " + localisation.subjectId()
                    + " scored against the ground truth of " + truth.subjectId());
        }
        FaultList localised = localisation.faults();
        if (truth.negativeControl()) {
            return new SubjectScore(truth.subjectId(), truth.kind(), localisation.tool(), localised,
                    Optional.empty(), 0, 0);
        }
        List<CountedMatch> credits = rules.countedMatches().stream()
                .filter(c -> c.appliesTo(truth.subjectId(), localisation.tool())).toList();
        List<Score> candidates = new ArrayList<>();
        candidates.add(scoreCandidate(originalFaults(truth.faults()), localised, credits));
        for (FaultList alternative : alternatives) {
            candidates.add(scoreCandidate(alternativeFaults(alternative), localised, List.of()));
        }
        double best = candidates.stream().mapToDouble(Score::rc).max().orElseThrow();
        List<Score> averaged = rules.averaging() == CandidateAveraging.ALL ? candidates
                : candidates.stream().filter(s -> s.rc() == best).toList();
        double pr = averaged.stream().mapToDouble(Score::pr).average().orElseThrow();
        double f3 = averaged.stream().mapToDouble(Score::f3).average().orElseThrow();
        return new SubjectScore(truth.subjectId(), truth.kind(), localisation.tool(), localised,
                Optional.of(new Score(best, pr, f3)), candidates.size(), averaged.size());
    }

    /**
     * The score against one candidate ground truth, given as the faults it counts.
     *
     * @param truthFaults faults of the candidate, each counted once
     * @param localised   the tool's localisation; a {@code |} group counts as one fault
     * @param credits     matches credited beyond the matching rule
     */
    Score scoreCandidate(List<Fault> truthFaults, FaultList localised, List<CountedMatch> credits) {
        if (truthFaults.isEmpty()) throw new IllegalArgumentException("a candidate ground truth needs a fault");
        List<FaultGroup> groups = localised.groups();
        long matchedTruth = truthFaults.stream()
                .filter(t -> groups.stream().anyMatch(g -> matches(g, t, credits))).count();
        double rc = round((double) matchedTruth / truthFaults.size());
        double pr;
        if (groups.isEmpty()) {
            pr = 0;
        } else if (rules.precisionFromRecall()) {
            // the study's sheet divides matched ground-truth faults, capped, by localised faults
            pr = (double) Math.min(matchedTruth, groups.size()) / groups.size();
        } else {
            long matchedLocalised = groups.stream()
                    .filter(g -> truthFaults.stream().anyMatch(t -> matches(g, t, credits))).count();
            pr = (double) matchedLocalised / groups.size();
        }
        return Score.of(rc, pr);
    }

    private static boolean matches(FaultGroup localised, Fault truth, List<CountedMatch> credits) {
        if (localised.matches(truth)) return true;
        return credits.stream().anyMatch(c -> c.groundTruth().equals(truth) && localised.readings().contains(c.localised()));
    }

    /** The original ground truth counts one fault per entry: {@code ACH(0,1)} is one fault. */
    private static List<Fault> originalFaults(FaultList truth) {
        return truth.faults();
    }

    /**
     * An alternative counts one fault per entry, or, under {@link ScoringRules#alternativesPerLayer()},
     * one per layer index: the study counts the hyperparameters an alternative changes, and
     * {@code ACH(0,1)} changes two activations.
     */
    private List<Fault> alternativeFaults(FaultList alternative) {
        if (!rules.alternativesPerLayer()) return alternative.faults();
        List<Fault> faults = new ArrayList<>();
        for (Fault f : alternative.faults()) {
            if (f.layers().isEmpty()) {
                faults.add(f);
            } else {
                for (Integer layer : f.layers()) faults.add(Fault.of(f.type(), layer));
            }
        }
        return faults;
    }

    private double round(double rc) {
        if (rules.recallDecimals().isEmpty()) return rc;
        // half up on the decimal text of the ratio, as a spreadsheet's ROUND does
        return BigDecimal.valueOf(rc).setScale(rules.recallDecimals().getAsInt(), RoundingMode.HALF_UP).doubleValue();
    }

    @Override
    public String toString() {
        return "CandidateScorer[" + rules.name() + "]";
    }
}
