package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.telemetry.TelemetrySink;

/**
 * Trains a subject once, for DeepFD: the training stage plugs in here (DeepFD does its own runs,
 * architecture.md "Runs and randomness"). Implementations must be safe to call from several
 * threads at once, each call with its own sink.
 */
public interface RunTrainer {
    /**
     * Trains the subject (its canonical JSON) with the seed, feeding telemetry to the sink and
     * stopping cleanly when the sink asks. Throws {@link dev.dnnfl.spec.UserError} when the
     * subject cannot be trained (for example a mutant whose loss does not fit its task).
     */
    void train(JsonNode subject, long seed, TelemetrySink sink);
}
