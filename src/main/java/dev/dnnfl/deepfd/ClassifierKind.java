package dev.dnnfl.deepfd;

import weka.classifiers.Classifier;
import weka.classifiers.lazy.IBk;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;

/**
 * One of DeepFD's three classifier algorithms as a Weka learner (spec deepfd.md §7.5, §7.7), one
 * binary model per label (binary relevance; for k-NN this equals the original's multi-output
 * model, for the trees it does not share splits between labels).
 */
public enum ClassifierKind {
    /** k-nearest neighbours, k = 5, uniform votes, Weka's Euclidean distance (which normalises each attribute by its range). */
    KNN,
    /** C4.5 decision tree (Weka's J48 with its defaults: pruning, confidence 0.25), where DeepFD used a depth-5 CART tree. */
    J48,
    /** Random forest: 32 trees, depth at most 10, 60 attributes per split, bags of 100 %. */
    RF;

    /** A fresh, untrained learner; {@code seed} drives every random choice it makes. */
    public Classifier learner(long seed) {
        return switch (this) {
            case KNN -> {
                IBk knn = new IBk(5);
                yield knn;
            }
            case J48 -> {
                // J48 draws nothing at random without reduced-error pruning, so it takes no seed.
                yield new J48();
            }
            case RF -> {
                RandomForest forest = new RandomForest();
                forest.setNumIterations(32);
                forest.setMaxDepth(10);
                forest.setNumFeatures(60);
                forest.setBagSizePercent(100);
                forest.setSeed((int) seed);
                forest.setNumExecutionSlots(1);
                yield forest;
            }
        };
    }

    /** The file-name stem of this kind's models ({@code knn}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
