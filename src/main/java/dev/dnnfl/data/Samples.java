package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * A pool of samples as loaded or generated, before splitting and preprocessing: inputs in
 * row-major order (sample after sample, each of {@code sampleShape}, channels last), one label
 * per sample (class id or regression target), the number of classes (0 for regression) and
 * whether the inputs are 8-bit pixel values in [0, 255] (which decides what {@code scale_0_1}
 * does).
 */
record Samples(float[] inputs, float[] labels, List<Integer> sampleShape, int classes, boolean pixels) {
    Samples {
        sampleShape = List.copyOf(sampleShape);
        long width = width(sampleShape);
        if (inputs.length != (long) labels.length * width) {
            throw new IllegalArgumentException(inputs.length + " input values do not make "
                    + labels.length + " samples of shape " + sampleShape);
        }
    }

    /** The number of samples. */
    int size() {
        return labels.length;
    }

    /** The number of input values per sample. */
    int width() {
        return (int) width(sampleShape);
    }

    /** The samples at {@code indices}, in that order. */
    Samples select(int[] indices) {
        int w = width();
        float[] x = new float[indices.length * w];
        float[] y = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(inputs, indices[i] * w, x, i * w, w);
            y[i] = labels[indices[i]];
        }
        return new Samples(x, y, sampleShape, classes, pixels);
    }

    /** The same samples with each input reshaped to {@code shape} (same number of values). */
    Samples reshaped(List<Integer> shape) {
        return new Samples(inputs, labels, shape, classes, pixels);
    }

    /** The samples as a split of float arrays in Keras' shape. */
    Split toSplit() {
        long[] shape = new long[sampleShape.size() + 1];
        shape[0] = size();
        for (int i = 0; i < sampleShape.size(); i++) {
            shape[i + 1] = sampleShape.get(i);
        }
        INDArray x = size() == 0 ? Nd4j.create(DataType.FLOAT, shape) : Nd4j.create(inputs, shape, 'c');
        INDArray y = size() == 0 ? Nd4j.create(DataType.FLOAT, 0, 1) : Nd4j.create(labels, new long[] {size(), 1}, 'c');
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

    static long width(List<Integer> shape) {
        long w = 1;
        for (int d : shape) {
            w *= d;
        }
        return w;
    }
}
