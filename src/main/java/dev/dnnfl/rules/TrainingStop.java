package dev.dnnfl.rules;

/**
 * The stop-training hook a rule pack reaches through the global {@code trainingStop}: a rule that
 * concludes the run is doomed (DeepDiagnosis' "stop training") calls {@link #request}. A sink,
 * never a way to pass data between rules.
 */
public interface TrainingStop {
    /** The name of the global every DRL file that stops training declares. */
    String GLOBAL = "trainingStop";

    /** Asks the trainer to stop the run now, for the given reason. */
    void request(String reason);
}
