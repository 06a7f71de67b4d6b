package dev.dnnfl.score;

import dev.dnnfl.spec.FaultList;

import java.util.Objects;

/**
 * What one fault-localisation tool reported on one subject: one line of {@code outputs.tsv}.
 * The tool is any name ({@code DFD}, {@code DD}, {@code NL}, {@code UM}, …); {@code N/A} means
 * it could not run and scores as an empty list.
 */
public record ToolLocalisation(String subjectId, String tool, FaultList faults) {
    public ToolLocalisation {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(faults, "faults");
        if (subjectId.isBlank()) throw new IllegalArgumentException("subject id must not be blank");
        if (tool.isBlank()) throw new IllegalArgumentException("tool name must not be blank");
    }
}
