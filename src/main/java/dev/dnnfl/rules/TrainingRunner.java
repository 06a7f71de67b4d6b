package dev.dnnfl.rules;

import dev.dnnfl.spec.Subject;
import dev.dnnfl.telemetry.TelemetrySink;

/**
 * Trains a subject once with a seed, feeding its telemetry to a sink as training goes and
 * stopping when the sink asks: how the live rule packs (DeepDiagnosis, UMLAUT) observe a run.
 */
public interface TrainingRunner {
    /** Trains the subject with the given seed; returns when training ends or the sink asked to stop. */
    void train(Subject subject, long seed, TelemetrySink sink);
}
