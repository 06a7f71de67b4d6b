package dev.dnnfl.deepfd;

import java.util.EnumSet;
import java.util.Set;

/**
 * One sample of DeepFD's training set: the features of one run of one variant (the original
 * subject or a mutant), and its labels: the DeepFD labels of the faults seeded in the variant
 * when the variant was judged faulty, none otherwise (spec deepfd.md §4). {@code seededFaults} is
 * the number of seeded faults (0 for the original and for mutants not judged faulty).
 */
public record FeatureRow(String subject, String variant, int run, long seed, double[] features,
                         Set<DeepFdLabel> labels, int seededFaults) {
    public FeatureRow {
        features = features.clone();
        labels = labels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(labels));
    }

    @Override
    public double[] features() {
        return features.clone();
    }
}
