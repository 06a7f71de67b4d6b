package dev.dnnfl.deepfd;

import dev.dnnfl.mutation.KillVerdict;

import java.util.Map;

/**
 * What a DeepFD training session produced: the feature table, the trained classifiers (not yet
 * saved), the kill verdict of every mutant by {@code subject/mutant}, how many runs were trained
 * now and how many were reused from an interrupted session, and the wall time.
 */
public record TrainingReport(FeatureTable table, TrainedClassifiers classifiers, Map<String, KillVerdict> verdicts,
                             int runsTrained, int runsReused, long millis) {
    public TrainingReport {
        verdicts = Map.copyOf(verdicts);
    }

    /** The number of mutants judged faulty. */
    public long faultyMutants() {
        return verdicts.values().stream().filter(KillVerdict::faulty).count();
    }
}
