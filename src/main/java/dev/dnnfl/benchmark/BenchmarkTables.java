package dev.dnnfl.benchmark;

import dev.dnnfl.score.CountedMatch;
import dev.dnnfl.score.GroundTruth;
import dev.dnnfl.score.ScoreProvenance;
import dev.dnnfl.score.ScoreTable;
import dev.dnnfl.score.Scorer;
import dev.dnnfl.score.ScoringRules;
import dev.dnnfl.score.SubjectGroup;
import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultList;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The study's tables computed from a benchmark result set: the scores before neutrality analysis
 * (table 8), after it when alternatives exist (table 10), the matches of every ground-truth fault
 * (tables 4–7) and the times (table 12), with the study's own figures to compare when given.
 * Rendering them is the report stage's job.
 */
public record BenchmarkTables(BenchmarkResults results, ScoringRules rules, ScoreTable before,
                              Optional<ScoreTable> after, Optional<StudyFigures> study) {
    public BenchmarkTables {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(study, "study");
    }

    /** Scores a result set with the given rules, before and (when it has alternatives) after neutrality analysis. */
    public static BenchmarkTables of(BenchmarkResults results, ScoringRules rules, Optional<StudyFigures> study,
                                     String dnnflVersion, Instant createdAt) {
        Scorer scorer = Scorer.of(rules);
        ScoreTable before = scorer.scoreAll(results.scorerInput(false),
                ScoreProvenance.inMemory(rules.name(), dnnflVersion, createdAt));
        Optional<ScoreTable> after = results.hasAlternatives()
                ? Optional.of(scorer.scoreAll(results.scorerInput(true),
                ScoreProvenance.inMemory(rules.name(), dnnflVersion, createdAt)))
                : Optional.empty();
        return new BenchmarkTables(results, rules, before, after, study);
    }

    /**
     * For each fault of a subject's ground truth, whether the tool's localisation matches it (the
     * "Matches-GT" column of tables 4–7): same type, and layers intersecting or absent on a side,
     * plus the matches the scoring rules credit (the study's C3/NL).
     */
    public List<Boolean> matches(GroundTruth truth, String tool) {
        FaultList localisation = results.result(truth.subjectId(), tool).orElseThrow().localisation();
        List<CountedMatch> credits = rules.countedMatches().stream()
                .filter(c -> c.appliesTo(truth.subjectId(), tool)).toList();
        return truth.faults().faults().stream()
                .map((Fault f) -> localisation.groups().stream().anyMatch(g -> g.matches(f)
                        || credits.stream().anyMatch(c -> c.groundTruth().equals(f) && g.readings().contains(c.localised()))))
                .toList();
    }

    /** The number of ground-truth faults the tool's localisation matches (the "#M" column). */
    public int matched(GroundTruth truth, String tool) {
        return (int) matches(truth, tool).stream().filter(Boolean::booleanValue).count();
    }

    /** Whether every technique (the tools other than {@code combined}) could run on a subject. */
    public boolean allTechniquesRan(String subjectId) {
        return results.tools().stream().filter(t -> Technique.fromCode(t) != null)
                .allMatch(t -> !results.result(subjectId, t).orElseThrow().localisation().notApplicable());
    }

    /**
     * A tool's mean time per run in seconds: over the subjects where every technique ran (the
     * study's "Avg." row of table 12) or, with {@code onlyCommon} false, over every subject the
     * tool ran on (its "T.A." row).
     */
    public OptionalDouble meanSeconds(String tool, boolean onlyCommon) {
        return results.resultsOf(tool).stream()
                .filter(r -> !r.localisation().notApplicable())
                .filter(r -> !onlyCommon || allTechniquesRan(r.subjectId()))
                .mapToDouble(ToolResult::seconds).average();
    }

    /** The mean F3 over all subjects, after neutrality analysis when alternatives exist: the y of figure 2. */
    public OptionalDouble meanF3(String tool) {
        ScoreTable table = after.orElse(before);
        return table.tool(tool).map(t -> t.averages().get(SubjectGroup.ALL))
                .map(s -> OptionalDouble.of(s.f3())).orElse(OptionalDouble.empty());
    }

    /** Whether figure 2 shows the scores after neutrality analysis. */
    public boolean figureAfterNeutrality() {
        return after.isPresent();
    }
}
