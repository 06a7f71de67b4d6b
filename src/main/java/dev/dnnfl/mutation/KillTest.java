package dev.dnnfl.mutation;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * DeepFD's statistical mutation killing (spec deepfd.md §6.2): compares the final metric of the
 * original's runs with a mutant's. The original fits a Gaussian GLM metric ~ group and reads the
 * Wald p-value of the group coefficient; that GLM is the pooled two-sample z-test, computed here
 * in closed form: s = pooled sample standard deviation, d = (mean_original − mean_mutant) / s,
 * z = d·√(n₁n₂/(n₁+n₂)), p = 2(1 − Φ(|z|)), rounded to 3 decimals. Killed ⇔ p &lt; 0.05 and
 * d ≥ 0.5. When s = 0 the mutant is killed iff the means differ and the mutant's is worse.
 *
 * @param alpha          p must be below it (0.05)
 * @param minimumEffect  d must reach it (0.5)
 */
public record KillTest(double alpha, double minimumEffect) {
    /** DeepFD's thresholds: p &lt; 0.05 and d ≥ 0.5. */
    public static KillTest deepFd() {
        return new KillTest(0.05, 0.5);
    }

    /**
     * Judges a mutant from the final metrics of the original's and the mutant's runs (at least 2
     * each). {@code higherIsBetter} is true for an accuracy, false for a loss (then "worse" means
     * a higher value).
     */
    public KillVerdict judge(double[] original, double[] mutant, boolean higherIsBetter) {
        if (original.length < 2 || mutant.length < 2) {
            throw new IllegalArgumentException("need at least 2 runs per side, found " + original.length + " and " + mutant.length);
        }
        int n1 = original.length;
        int n2 = mutant.length;
        double m1 = new Mean().evaluate(original);
        double m2 = new Mean().evaluate(mutant);
        double pooled = Math.sqrt(((n1 - 1) * new Variance(true).evaluate(original)
                + (n2 - 1) * new Variance(true).evaluate(mutant)) / (n1 + n2 - 2));
        double worseBy = higherIsBetter ? m1 - m2 : m2 - m1;
        if (Double.isNaN(pooled) || Double.isNaN(worseBy)) {
            // A NaN metric: the original's GLM fit fails, and a failed fit does not kill.
            return new KillVerdict(m1, m2, Double.NaN, Double.NaN, Double.NaN, false, false);
        }
        if (pooled == 0) {
            boolean killed = worseBy > 0;
            double inf = worseBy == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, worseBy);
            return new KillVerdict(m1, m2, inf, inf, killed ? 0 : 1, killed, killed);
        }
        double d = worseBy / pooled;
        double z = d * Math.sqrt((double) n1 * n2 / (n1 + n2));
        double p = 2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(z)));
        double rounded = Math.round(p * 1000) / 1000.0;
        boolean killed = rounded < alpha && d >= minimumEffect;
        return new KillVerdict(m1, m2, d, z, rounded, killed, killed && worseBy > 0);
    }
}
