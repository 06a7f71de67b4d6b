package dev.dnnfl.spec;

/** A Keras kernel regulariser: L1 and L2 factors (0 when absent). */
public record Regularizer(double l1, double l2) {
    public Regularizer {
        if (l1 < 0 || l2 < 0) throw new IllegalArgumentException("regularisation factors must be >= 0, found l1=" + l1 + " l2=" + l2);
    }

    /** Whether the regulariser adds any penalty. */
    public boolean isActive() {
        return l1 > 0 || l2 > 0;
    }
}
