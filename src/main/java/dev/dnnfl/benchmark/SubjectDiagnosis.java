package dev.dnnfl.benchmark;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One run of the fault-localisation techniques on one subject: each technique's localisation and
 * time, with the hash of the rule files and of the Weka models that took part (empty when none
 * did). The hashes let the benchmark refuse to put results of different rules or classifiers in
 * one table.
 */
public record SubjectDiagnosis(Map<Technique, TimedLocalisation> localisations, String rulesSha256,
                               Map<String, String> classifierSha256) {
    public SubjectDiagnosis {
        localisations = Collections.unmodifiableMap(localisations.isEmpty()
                ? new EnumMap<>(Technique.class) : new EnumMap<>(localisations));
        Objects.requireNonNull(rulesSha256, "rulesSha256");
        classifierSha256 = Collections.unmodifiableMap(new TreeMap<>(classifierSha256));
    }
}
