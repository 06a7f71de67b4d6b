package dev.dnnfl.deepfd;

/**
 * How DeepFD's classifiers are trained from correct subjects: single-fault mutants per subject,
 * multi-fault mutants per subject (2 to 5 faults, from the values of single-fault mutants judged
 * faulty, spec deepfd.md §5.4), runs per variant (the original's 20), the seed every random
 * choice derives from, and the cross-validation folds.
 */
public record TrainingPlan(int mutantsPerSubject, int multiFaultMutantsPerSubject, int runs, long seed, int folds) {
    public TrainingPlan {
        if (mutantsPerSubject < 1) throw new IllegalArgumentException("mutants per subject must be >= 1, found " + mutantsPerSubject);
        if (multiFaultMutantsPerSubject < 0) throw new IllegalArgumentException("multi-fault mutants must be >= 0, found " + multiFaultMutantsPerSubject);
        if (runs < 2) throw new IllegalArgumentException("runs must be >= 2 for the killing test, found " + runs);
        if (folds < 2) throw new IllegalArgumentException("folds must be >= 2, found " + folds);
    }
}
