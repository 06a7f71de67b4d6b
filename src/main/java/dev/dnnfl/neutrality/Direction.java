package dev.dnnfl.neutrality;

/** Whether a larger metric is better (accuracy) or a smaller one (regression loss). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /**
     * Whether {@code candidate} is neutral relative to {@code reference}: at least as good in mean,
     * no tolerance, as in the study.
     */
    public boolean neutral(Fitness candidate, Fitness reference) {
        return this == HIGHER_IS_BETTER ? candidate.mean() >= reference.mean() : candidate.mean() <= reference.mean();
    }

    /** {@code a} minus {@code b} in the direction of improvement (positive when a is better). */
    public double improvement(double a, double b) {
        return this == HIGHER_IS_BETTER ? a - b : b - a;
    }
}
