package dev.dnnfl.data;

import java.util.List;

/**
 * A subject's data after loading, splitting and preprocessing: training, validation and test
 * splits, the input shape of one sample in Keras' channels-last order (without the batch
 * dimension), and the number of classes (0 for regression; for a classification whose labels
 * are target rows {@code [n, k]}, k, the width of the rows).
 */
public record Dataset(String name, Split train, Split validation, Split test,
                      List<Integer> inputShape, int classes) {
    public Dataset {
        inputShape = List.copyOf(inputShape);
        if (classes < 0) throw new IllegalArgumentException("classes must be >= 0, found " + classes);
    }
}
