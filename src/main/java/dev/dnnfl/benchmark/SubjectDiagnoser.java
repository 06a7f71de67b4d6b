package dev.dnnfl.benchmark;

import java.util.Set;

/**
 * Runs fault-localisation techniques once on a benchmark subject: the benchmark's view of the
 * diagnosis stages. The real implementation trains the subject and fires the rule packs and the
 * DeepFD classifiers; tests use a fake that returns canned localisations.
 */
public interface SubjectDiagnoser {
    /**
     * Runs the given techniques on the subject with one seed and returns each one's localisation
     * ({@code N/A} when it could not run) and time; every requested technique must be present.
     */
    SubjectDiagnosis diagnose(BenchmarkSubject subject, Set<Technique> techniques, long seed);
}
