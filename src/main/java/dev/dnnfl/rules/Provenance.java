package dev.dnnfl.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a diagnosis comes from: the subject and the hash of its file, the seeds of its runs, the
 * hash of the rule files (sorted (name, content) pairs), the hashes of any Weka models that took
 * part (empty when none did), the dnnfl and Java versions, and when it was made. The same
 * subject, seeds and hashes give the same diagnosis; only {@code createdAt} differs. The
 * classifier hashes iterate in model-name order.
 */
public record Provenance(String subjectId, String subjectSha256, List<Long> seeds, String rulesSha256,
                         Map<String, String> classifierSha256, String dnnflVersion, String javaVersion,
                         Instant createdAt) {
    public Provenance {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(subjectSha256, "subjectSha256");
        Objects.requireNonNull(rulesSha256, "rulesSha256");
        Objects.requireNonNull(createdAt, "createdAt");
        seeds = List.copyOf(seeds);
        // Sorted by model name and unmodifiable: Map.copyOf would drop the order (it differs per JVM).
        classifierSha256 = Collections.unmodifiableMap(new TreeMap<>(classifierSha256));
    }
}
