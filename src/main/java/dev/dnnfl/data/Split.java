package dev.dnnfl.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One split of a dataset. {@code features} has Keras' shape, samples first and channels last
 * ({@code [n, features]} or {@code [n, height, width, channels]}); {@code labels} is
 * {@code [n, 1]}: class ids for classification (as floats, so faulty preprocessing such as
 * labels divided by 255 stays visible), targets for regression. Empty splits have n = 0.
 */
public record Split(INDArray features, INDArray labels) {
    public Split {
        if (features.size(0) != labels.size(0)) {
            throw new IllegalArgumentException("features have " + features.size(0)
                    + " samples but labels have " + labels.size(0));
        }
    }

    /** The number of samples. */
    public long size() {
        return features.size(0);
    }
}
