package dev.dnnfl.deepfd;

/**
 * The thresholds of DeepFD's runtime indicators (spec deepfd.md §2.4, values of DeepFD's
 * configuration module, inherited from AUTOTRAINER).
 *
 * @param vanishingRatio    beta_1: first/last kernel-gradient norm below it (with the next) is vanishing
 * @param vanishingNorm     beta_2: first kernel-gradient norm below it
 * @param explodingRatio    beta_3: first/last kernel-gradient norm above it is exploding
 * @param deadZeroRatio     gamma: fraction of exactly-zero gradient entries, inclusive, for died_relu
 * @param unstableSwing     zeta: minimum swing of an accuracy max/min pair, inclusive
 * @param unstableFraction  eta: swings needed, as a fraction of the history length, inclusive
 * @param slowIncrease      delta: largest accuracy step below it is slow convergence
 * @param satisfactoryAccuracy Theta: best accuracy below it is not converging
 * @param largeWeight       |w| above it is a large weight
 * @param gateFraction      loss-group tests wait until history entries ≥ this × configured epochs
 * @param stepEpsilon       test_turn_bad: a loss change must exceed it
 * @param lossExplosion     a last validation loss at or above it counts as NaN loss
 * @param patience          early stopping on validation loss (§6.1), epochs without improvement; 0 = off
 */
public record IndicatorLimits(double vanishingRatio, double vanishingNorm, double explodingRatio,
                              double deadZeroRatio, double unstableSwing, double unstableFraction,
                              double slowIncrease, double satisfactoryAccuracy, double largeWeight,
                              double gateFraction, double stepEpsilon, double lossExplosion, int patience) {

    /** The values of DeepFD's pipeline, with early stopping of patience 3. */
    public static IndicatorLimits deepFd() {
        return new IndicatorLimits(1e-3, 1e-4, 70, 0.7, 0.03, 0.2, 0.01, 0.6, 5, 0.3, 0.01, 1e5, 3);
    }

    /** The same limits with another early-stopping patience (0 switches it off). */
    public IndicatorLimits withPatience(int epochs) {
        return new IndicatorLimits(vanishingRatio, vanishingNorm, explodingRatio, deadZeroRatio, unstableSwing,
                unstableFraction, slowIncrease, satisfactoryAccuracy, largeWeight, gateFraction, stepEpsilon,
                lossExplosion, epochs);
    }
}
