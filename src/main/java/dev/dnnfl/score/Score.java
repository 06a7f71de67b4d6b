package dev.dnnfl.score;

/**
 * Recall, precision and F3 of a localisation against a ground truth (section 4.3 of the study).
 *
 * <p>All three lie in [0, 1]. F3 weighs recall nine times as much as precision:
 * {@code F3 = 10·PR·RC / (9·PR + RC)}, 0 when both are 0.
 */
public record Score(double rc, double pr, double f3) {
    /** The score of a localisation that matches nothing. */
    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        check("rc", rc);
        check("pr", pr);
        check("f3", f3);
    }

    /** The score with the given recall and precision and the F3 that follows from them. */
    public static Score of(double rc, double pr) {
        return new Score(rc, pr, f3(rc, pr));
    }

    /** F3 of a recall and a precision; 0 when both are 0. */
    public static double f3(double rc, double pr) {
        double denominator = 9 * pr + rc;
        return denominator == 0 ? 0 : 10 * pr * rc / denominator;
    }

    private static void check(String name, double value) {
        // a small tolerance: means of values in [0,1] may drift by an ulp
        if (!(value >= 0 && value <= 1 + 1e-12)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], found " + value);
        }
    }
}
