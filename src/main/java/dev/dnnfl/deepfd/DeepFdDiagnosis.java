package dev.dnnfl.deepfd;

import dev.dnnfl.spec.FaultList;

import java.util.List;
import java.util.Map;

/**
 * DeepFD's diagnosis of one subject: the seeds of its runs, how many completed (and why the
 * others failed), the aggregated conclusion (null when no run completed), the localisation
 * ({@code N/A} when no run completed), the wall time, and the SHA-256 of each classifier model
 * that took part (for the diagnosis' provenance).
 */
public record DeepFdDiagnosis(String subjectId, List<Long> seeds, int runsCompleted, List<String> failures,
                              DeepFdConclusion conclusion, FaultList localisation, long millis,
                              Map<String, String> classifierSha256) {
    public DeepFdDiagnosis {
        seeds = List.copyOf(seeds);
        failures = List.copyOf(failures);
        classifierSha256 = Map.copyOf(classifierSha256);
    }
}
