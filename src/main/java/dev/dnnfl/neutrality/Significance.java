package dev.dnnfl.neutrality;

/**
 * Decides whether a configuration beats a reference with statistical significance (the study:
 * GLM p &lt; 0.05 and Cohen's d &ge; 0.5), in the given direction.
 */
@FunctionalInterface
public interface Significance {
    boolean significantlyBetter(Fitness candidate, Fitness reference, Direction direction);
}
