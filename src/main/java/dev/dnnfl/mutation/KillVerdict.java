package dev.dnnfl.mutation;

/**
 * The outcome of DeepFD's statistical mutation-killing test for one mutant (spec deepfd.md §6.2):
 * the two means of the metric, Cohen's d (positive when the mutant is worse), the z statistic,
 * the two-sided p-value rounded to 3 decimals as the original read it, whether the mutant is
 * killed (p &lt; 0.05 and d ≥ 0.5) and whether it is faulty (killed and worse).
 */
public record KillVerdict(double meanOriginal, double meanMutant, double cohensD, double z, double pValue,
                          boolean killed, boolean faulty) {
    /** The original's mean minus the mutant's, in the metric's "better" direction (DeepFD's impact). */
    public double impact() {
        return cohensD >= 0 ? Math.abs(meanOriginal - meanMutant) : -Math.abs(meanOriginal - meanMutant);
    }
}
