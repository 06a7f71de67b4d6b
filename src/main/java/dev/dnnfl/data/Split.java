package dev.dnnfl.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One split of a dataset. {@code features} has Keras' shape, samples first and channels last
 * ({@code [n, features]} or {@code [n, height, width, channels]}); {@code labels} is either
 * {@code [n, 1]}: class ids for classification (as floats, so faulty preprocessing such as
 * labels divided by 255 stays visible), targets for regression; or {@code [n, k]} with k > 1:
 * target rows used as they are (one- or multi-hot rows a Keras program fits a k-unit output to,
 * or k regression targets per sample). Empty splits have n = 0.
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

    /** The number of label values per sample: 1 for class ids or single targets, k for target rows. */
    public long labelColumns() {
        return labels.rank() < 2 ? 1 : labels.size(1);
    }

    /** Whether the labels are target rows ({@code [n, k]}, k > 1) rather than one value per sample. */
    public boolean hasTargetRows() {
        return labelColumns() > 1;
    }
}
