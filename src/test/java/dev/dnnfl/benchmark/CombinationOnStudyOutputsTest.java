package dev.dnnfl.benchmark;

import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.Score;
import dev.dnnfl.score.ScoreProvenance;
import dev.dnnfl.score.Scorer;
import dev.dnnfl.score.ScorerInput;
import dev.dnnfl.score.ScoringRules;
import dev.dnnfl.score.SubjectGroup;
import dev.dnnfl.score.ToolLocalisation;
import dev.dnnfl.spec.FaultList;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The combined tool scored on the study's own outputs for 1, 2 and 3 votes: the measurement
 * behind {@link CombinationRule#DEFAULT_MIN_VOTES}. The figures are printed so that
 * docs/readme-benchrun.md can quote them.
 */
class CombinationOnStudyOutputsTest {
    /** The study's outputs plus one combined tool per number of votes, named {@code combined-k}. */
    static ScorerInput withCombinations(ScorerInput study, int maxVotes) {
        List<ToolLocalisation> all = new ArrayList<>(study.localisations());
        for (int k = 1; k <= maxVotes; k++) {
            CombinationRule rule = new CombinationRule(k);
            for (GroundTruth truth : study.groundTruths()) {
                Map<String, FaultList> byTool = new LinkedHashMap<>();
                for (String tool : study.tools()) {
                    byTool.put(tool, study.localisation(truth.subjectId(), tool).orElseThrow().faults());
                }
                all.add(new ToolLocalisation(truth.subjectId(), "combined-" + k, rule.combine(byTool)));
            }
        }
        return new ScorerInput(study.groundTruths(), study.alternatives(), all);
    }

    static Map<String, Score> totals(ScoringRules rules, String alternatives) {
        ScorerInput input = withCombinations(StudyData.input(alternatives), 3);
        Map<String, Score> totals = new LinkedHashMap<>();
        Scorer.of(rules).scoreAll(input, ScoreProvenance.inMemory(rules.name(), "test", Instant.EPOCH))
                .tools().forEach(t -> totals.put(t.tool(), t.averages().get(SubjectGroup.ALL)));
        System.out.println("combined on the study's outputs, " + rules.name() + " rules, alternatives "
                + alternatives + ":");
        totals.forEach((tool, s) -> System.out.println(String.format(Locale.ROOT, "  %-11s RC %.3f  PR %.3f  F3 %.3f",
                tool, s.rc(), s.pr(), s.f3())));
        return totals;
    }

    private static void assertDefaultHasBestF3(Map<String, Score> totals) {
        double chosen = totals.get("combined-" + CombinationRule.DEFAULT_MIN_VOTES).f3();
        for (int k = 1; k <= 3; k++) {
            assertTrue(chosen >= totals.get("combined-" + k).f3(),
                    "minVotes " + CombinationRule.DEFAULT_MIN_VOTES + " F3 " + chosen + " < minVotes " + k);
        }
    }

    @Test
    void theDefaultVoteCountHasTheBestF3OnTheOriginalGroundTruth() {
        assertDefaultHasBestF3(totals(ScoringRules.plain(), null));
    }

    @Test
    void theDefaultVoteCountHasTheBestF3AfterNeutralityAnalysis() {
        assertDefaultHasBestF3(totals(ScoringRules.study(), "alternatives-as-scored.tsv"));
        assertDefaultHasBestF3(totals(ScoringRules.plain(), "alternatives.tsv"));
    }

    @Test
    void theUnionRecallsEveryFaultAnyToolRecalls() {
        // one vote keeps every type any tool reported, so its recall is at least each tool's
        Map<String, Score> totals = totals(ScoringRules.plain(), null);
        double union = totals.get("combined-1").rc();
        for (String tool : List.of("DFD", "DD", "NL", "UM")) {
            assertTrue(union >= totals.get(tool).rc(), tool + " recalls more than the union");
        }
        assertTrue(union > totals.get("combined-2").rc(), "two votes recall as much as the union");
    }
}
