package dev.dnnfl.benchmark;

import dev.dnnfl.spec.FaultList;

import java.util.Objects;

/**
 * What one tool localised on one benchmark subject: the most frequent localisation over its runs
 * (the study reports the mode), the mean time of a run in seconds, the number of runs and the
 * share of runs that gave the reported localisation (1 = stable). The tool is a technique code
 * ({@code DD}, {@code UM}, {@code NL}, {@code DFD}) or {@code combined}. {@code note} says why a
 * localisation is {@code N/A} when the tool crashed (empty otherwise).
 */
public record ToolResult(String subjectId, String tool, FaultList localisation, double seconds, int runs,
                         double agreement, String note) {
    public ToolResult {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(localisation, "localisation");
        note = note == null ? "" : note.replaceAll("[\\t\\r\\n]+", " ").strip();
        if (subjectId.isBlank() || tool.isBlank()) throw new IllegalArgumentException("blank subject id or tool");
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be finite and >= 0, found " + seconds);
        }
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, found " + runs);
        if (!(agreement > 0 && agreement <= 1)) {
            throw new IllegalArgumentException("agreement must be in (0, 1], found " + agreement);
        }
    }

    /** A result without a note. */
    public static ToolResult of(String subjectId, String tool, FaultList localisation, double seconds, int runs,
                                double agreement) {
        return new ToolResult(subjectId, tool, localisation, seconds, runs, agreement, "");
    }
}
