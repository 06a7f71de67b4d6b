package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * A pool of samples as loaded or generated, before splitting and preprocessing: inputs in
 * row-major order (sample after sample, each of {@code sampleShape}, channels last), labels in
 * row-major order, {@code labelWidth} per sample (1: a class id or regression target; k > 1: a
 * target row used as it is, e.g. multi-hot), the number of classes (0 for regression; k for a
 * classification with target rows) and whether the inputs are 8-bit pixel values in [0, 255]
 * (which decides what {@code scale_0_1} does).
 */
record Samples(float[] inputs, float[] labels, List<Integer> sampleShape, int classes, boolean pixels,
               int labelWidth) {
    Samples {
        sampleShape = List.copyOf(sampleShape);
        if (labelWidth < 1 || labels.length % labelWidth != 0) {
            throw new IllegalArgumentException(labels.length + " label values do not make rows of " + labelWidth);
        }
        long width = width(sampleShape);
        if (inputs.length != (long) (labels.length / labelWidth) * width) {
            throw new IllegalArgumentException(inputs.length + " input values do not make "
                    + labels.length / labelWidth + " samples of shape " + sampleShape);
        }
    }

    /** Samples with one label per sample. */
    Samples(float[] inputs, float[] labels, List<Integer> sampleShape, int classes, boolean pixels) {
        this(inputs, labels, sampleShape, classes, pixels, 1);
    }

    /** The number of samples. */
    int size() {
        return labels.length / labelWidth;
    }

    /** The same samples with other labels (as many per sample) and number of classes. */
    Samples withLabels(float[] newLabels, int newClasses) {
        return new Samples(inputs, newLabels, sampleShape, newClasses, pixels, labelWidth);
    }

    /** The same samples with other inputs of the same shape. */
    Samples withInputs(float[] newInputs) {
        return new Samples(newInputs, labels, sampleShape, classes, pixels, labelWidth);
    }

    /** The number of input values per sample. */
    int width() {
        return (int) width(sampleShape);
    }

    /** The samples at {@code indices}, in that order. */
    Samples select(int[] indices) {
        int w = width();
        float[] x = new float[indices.length * w];
        int k = labelWidth;
        float[] y = new float[indices.length * k];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(inputs, indices[i] * w, x, i * w, w);
            System.arraycopy(labels, indices[i] * k, y, i * k, k);
        }
        return new Samples(x, y, sampleShape, classes, pixels, labelWidth);
    }

    /** The same samples with each input reshaped to {@code shape} (same number of values). */
    Samples reshaped(List<Integer> shape) {
        return new Samples(inputs, labels, shape, classes, pixels, labelWidth);
    }

    /** The samples as a split of float arrays in Keras' shape. */
    Split toSplit() {
        long[] shape = new long[sampleShape.size() + 1];
        shape[0] = size();
        for (int i = 0; i < sampleShape.size(); i++) {
            shape[i + 1] = sampleShape.get(i);
        }
        INDArray x = size() == 0 ? Nd4j.create(DataType.FLOAT, shape) : Nd4j.create(inputs, shape, 'c');
        INDArray y = size() == 0 ? Nd4j.create(DataType.FLOAT, 0, labelWidth)
                : Nd4j.create(labels, new long[] {size(), labelWidth}, 'c');
        return new Split(x, y);
    }

    /** No samples of {@code sampleShape}. */
    static Samples empty(List<Integer> sampleShape, int classes, boolean pixels) {
        return new Samples(new float[0], new float[0], sampleShape, classes, pixels);
    }

    /**
     * The number of classes that labels read from {@code origin} have: 0 for a regression task;
     * for classification, the largest class id + 1. With no task given, labels that are all whole
     * numbers >= 0 are class ids and any others regression targets.
     *
     * @throws UserError when a classification label is not a class id
     */
    static int classesOf(float[] labels, String task, String origin) {
        if ("regression".equals(task)) {
            return 0;
        }
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            float v = labels[i];
            if (!(v >= 0 && v == Math.rint(v) && v < 1e7)) {
                if (task == null) {
                    return 0;
                }
                throw new UserError(origin + ": label " + v + " of sample " + i
                        + " is not a class id (expected a whole number >= 0 for a classification task)");
            }
            max = Math.max(max, (int) v);
        }
        return max + 1;
    }

    /**
     * The number of classes that target rows ({@code width} > 1 values per sample) read from a
     * file have: 0 for a regression task, {@code width} for classification (the rows are used as
     * they are, so faulty values stay visible). With no task given, rows of 0s and 1s (one- or
     * multi-hot) are classification targets and any others regression targets.
     */
    static int targetClassesOf(float[] labels, int width, String task) {
        if ("regression".equals(task)) {
            return 0;
        }
        if (task == null) {
            for (float v : labels) {
                if (v != 0 && v != 1) {
                    return 0;
                }
            }
        }
        return width;
    }

    static long width(List<Integer> shape) {
        long w = 1;
        for (int d : shape) {
            w *= d;
        }
        return w;
    }
}
