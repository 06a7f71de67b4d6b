package dev.dnnfl.benchmark;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One run of the fault-localisation techniques on one subject: each technique's localisation and
 * time, the wall time of the whole run in seconds (less than the sum of the techniques' when they
 * share a training, as DeepDiagnosis and UMLAUT do), and the hash of the rule files and of the
 * Weka models that took part (empty when none did). The hashes let the benchmark refuse to put
 * results of different rules or classifiers in one table.
 */
public record SubjectDiagnosis(Map<Technique, TimedLocalisation> localisations, double seconds, String rulesSha256,
                               Map<String, String> classifierSha256) {
    public SubjectDiagnosis {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be finite and >= 0, found " + seconds);
        }
        localisations = Collections.unmodifiableMap(localisations.isEmpty()
                ? new EnumMap<>(Technique.class) : new EnumMap<>(localisations));
        Objects.requireNonNull(rulesSha256, "rulesSha256");
        classifierSha256 = Collections.unmodifiableMap(new TreeMap<>(classifierSha256));
    }

    /** A run whose techniques shared nothing: its time is the sum of theirs. */
    public static SubjectDiagnosis of(Map<Technique, TimedLocalisation> localisations, String rulesSha256,
                                      Map<String, String> classifierSha256) {
        double sum = localisations.values().stream().mapToDouble(TimedLocalisation::seconds).sum();
        return new SubjectDiagnosis(localisations, sum, rulesSha256, classifierSha256);
    }
}
