package dev.dnnfl.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring: every tool's per-subject scores and means, the rules they were computed
 * with, and their provenance. Tools appear in the order of their first line in the outputs.
 */
public record ScoreTable(List<ToolScore> tools, ScoringRules rules, ScoreProvenance provenance) {
    public ScoreTable {
        tools = List.copyOf(tools);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The scores of one tool, if it was scored. */
    public Optional<ToolScore> tool(String name) {
        return tools.stream().filter(t -> t.tool().equals(name)).findFirst();
    }
}
