package dev.dnnfl.facts;

/**
 * One sampled training iteration as the rule packs see it: its global iteration number, the
 * 0-based epoch it belongs to, the batch loss and the batch accuracy (NaN for regression).
 */
public record IterationFact(long iteration, int epoch, double loss, double accuracy) {
    public IterationFact {
        if (iteration < 0) throw new IllegalArgumentException("iteration must be >= 0, found " + iteration);
        if (epoch < 0) throw new IllegalArgumentException("epoch must be >= 0, found " + epoch);
    }
}
