package dev.dnnfl.rules;

import java.util.List;
import java.util.Objects;

/**
 * What the rule packs conclude on one subject: per technique that ran, its localisation and run
 * information ({@link TechniqueRun}, in the order DD, UM, NL), every finding in order (of the
 * first run when there were several), the number of runs, how long compiling the rule files took
 * (milliseconds), and the provenance.
 */
public record Diagnosis(String subjectId, List<TechniqueRun> techniques, List<Finding> findings, int runs,
                        long rulesCompileMillis, Provenance provenance) {
    public Diagnosis {
        Objects.requireNonNull(subjectId, "subjectId");
        techniques = List.copyOf(techniques);
        findings = List.copyOf(findings);
        Objects.requireNonNull(provenance, "provenance");
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, found " + runs);
    }
}
