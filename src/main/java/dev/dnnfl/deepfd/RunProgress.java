package dev.dnnfl.deepfd;

/** Receives progress of a batch of DeepFD runs (the CLI draws a progress bar from it). */
public interface RunProgress {
    /** {@code runs} more runs are planned under the given phase name. */
    void planned(String phase, int runs);

    /** One run finished (or was found finished in an earlier, interrupted session). */
    void finished(RunOutcome outcome);

    /** Progress that goes nowhere. */
    static RunProgress none() {
        return new RunProgress() {
            @Override
            public void planned(String phase, int runs) {
            }

            @Override
            public void finished(RunOutcome outcome) {
            }
        };
    }
}
