package dev.dnnfl.benchmark;

import dev.dnnfl.deepfd.FeatureSchema;
import dev.dnnfl.deepfd.TrainedClassifiers;

import java.util.Objects;

/**
 * What the benchmark needs to run DeepFD on a subject: the feature definitions, the trained
 * classifiers, the trainings per diagnosis (the study's 20) and the worker threads they run on.
 */
public record DeepFdSetup(FeatureSchema schema, TrainedClassifiers classifiers, int runs, int jobs) {
    public DeepFdSetup {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(classifiers, "classifiers");
        if (runs < 1) throw new IllegalArgumentException("DeepFD runs must be >= 1, found " + runs);
        if (jobs < 1) throw new IllegalArgumentException("DeepFD jobs must be >= 1, found " + jobs);
    }
}
