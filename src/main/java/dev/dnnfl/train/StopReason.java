package dev.dnnfl.train;

/** Why a training run ended. */
public enum StopReason {
    /** Every epoch ran. */
    COMPLETED,
    /** The loss became NaN or infinite; training stopped at that iteration. */
    DIVERGED,
    /** An observer asked to stop (e.g. a live rule that found the run doomed). */
    STOPPED
}
