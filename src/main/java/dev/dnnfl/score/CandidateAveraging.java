package dev.dnnfl.score;

/**
 * Which ground-truth candidates of a subject (its original ground truth and its alternatives)
 * the per-subject PR and F3 average over. RC is always the maximum over all candidates.
 */
public enum CandidateAveraging {
    /** Only the candidates whose RC reaches the maximum: the fix the tool pointed at (architecture, study). */
    BEST_RECALL,
    /** Every candidate, the literal reading of "mean over candidates" (the reference README's plain figures). */
    ALL
}
