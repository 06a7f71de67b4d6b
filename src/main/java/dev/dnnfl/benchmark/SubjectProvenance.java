package dev.dnnfl.benchmark;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where one subject's benchmark results come from: the hash of the subject, the hash of the rule
 * files and of every Weka model that took part, the first seed and the number of runs, the dnnfl
 * and Java versions, and when the subject was run. The same subject, seeds and hashes give the
 * same localisations; only the times differ.
 */
public record SubjectProvenance(String subjectId, String subjectSha256, String rulesSha256,
                                Map<String, String> classifierSha256, long seed, int runs,
                                String dnnflVersion, String javaVersion, Instant createdAt) {
    public SubjectProvenance {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(subjectSha256, "subjectSha256");
        Objects.requireNonNull(rulesSha256, "rulesSha256");
        classifierSha256 = Collections.unmodifiableMap(new TreeMap<>(classifierSha256));
        Objects.requireNonNull(dnnflVersion, "dnnflVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, found " + runs);
    }

    /**
     * The configuration whose results may share a table: the rule files and the classifiers, as
     * {@code rules <hash>, classifiers {KNN=<hash>, …}}.
     */
    public String configuration() {
        return "rules " + rulesSha256 + ", classifiers " + classifierSha256;
    }
}
