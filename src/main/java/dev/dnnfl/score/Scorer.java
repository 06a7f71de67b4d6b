package dev.dnnfl.score;

import dev.dnnfl.spec.FaultList;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores localisations against ground truths: RC, PR and F3 per subject and tool, and their
 * means over artificial, real and all subjects.
 */
public interface Scorer {
    /** The rules this scorer follows. */
    ScoringRules rules();

    /**
     * The score of one tool's localisation on one subject, against its original ground truth and
     * its alternatives (possibly none). A negative control gets no score, only its false alarms.
     *
     * @throws IllegalArgumentException if the localisation is of another subject
     */
    SubjectScore score(GroundTruth truth, List<FaultList> alternatives, ToolLocalisation localisation);

    /** Scores every tool on every subject of the input. */
    default ScoreTable scoreAll(ScorerInput input, ScoreProvenance provenance) {
        List<ToolScore> tools = new ArrayList<>();
        for (String tool : input.tools()) {
            List<SubjectScore> subjects = new ArrayList<>();
            for (GroundTruth truth : input.groundTruths()) {
                ToolLocalisation localisation = input.localisation(truth.subjectId(), tool).orElseThrow();
                subjects.add(score(truth, input.alternativesOf(truth.subjectId()), localisation));
            }
            tools.add(ToolScore.of(tool, subjects));
        }
        return new ScoreTable(tools, rules(), provenance);
    }

    /** A scorer following the given rules. */
    static Scorer of(ScoringRules rules) {
        return new CandidateScorer(rules);
    }
}
