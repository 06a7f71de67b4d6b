package dev.dnnfl.neutrality;

import dev.dnnfl.mutation.KillTest;

/**
 * Decides whether a configuration beats a reference with statistical significance (the study:
 * GLM p &lt; 0.05 and Cohen's d &ge; 0.5), in the given direction.
 */
@FunctionalInterface
public interface Significance {
    boolean significantlyBetter(Fitness candidate, Fitness reference, Direction direction);

    /**
     * Significance by a killing test: the candidate is significantly better when the test judges
     * the reference a "faulty mutant" of it.
     */
    static Significance of(KillTest test) {
        return (candidate, reference, direction) -> test.judge(candidate.values(), reference.values(),
                direction == Direction.HIGHER_IS_BETTER).faulty();
    }
}
