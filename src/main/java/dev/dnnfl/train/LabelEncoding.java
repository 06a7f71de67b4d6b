package dev.dnnfl.train;

import dev.dnnfl.spec.UserError;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How a subject's labels become the network's targets. Labels of one value per sample
 * ({@code [n, 1]} class ids or targets) are one-hot encoded over {@code width} classes (class ids
 * truncated to integers, as Keras' sparse cross-entropy and {@code to_categorical} do) or used as
 * they are; target rows ({@code [n, k]}, k > 1, e.g. multi-hot vectors) are used as they are, as
 * Keras fits them, and must be as wide as the output. Hinge losses map 0/1 to −1/+1 as Keras 2.3
 * does. {@code accuracy} says how the batch accuracy is read; {@code outputField} is the JSON
 * pointer that sets the output width (e.g. {@code /layers/2/units}), named when labels do not
 * fit it.
 */
public record LabelEncoding(int width, boolean oneHot, boolean signed, Accuracy accuracy, String outputField) {
    public LabelEncoding {
        if (width < 1) throw new IllegalArgumentException("label width must be >= 1, found " + width);
        if (outputField == null || outputField.isBlank()) outputField = "/layers";
    }

    /** An encoding whose output width is set by the model's layers at large. */
    public LabelEncoding(int width, boolean oneHot, boolean signed, Accuracy accuracy) {
        this(width, oneHot, signed, accuracy, null);
    }

    /**
     * The targets for a split's labels.
     *
     * @param where names the split for the error message
     * @throws UserError when a class id is out of range, or the labels' width does not match the
     *                   output's (naming {@link #outputField()})
     */
    public INDArray encode(INDArray labels, String where) {
        INDArray y = labels.castTo(DataType.FLOAT);
        if (y.rank() == 1) y = y.reshape(y.length(), 1);
        long columns = y.size(1);
        if (columns > 1 || !oneHot) {
            if (columns != width) {
                String what = columns > 1 ? "target rows of width " + columns : "one value per sample";
                throw new UserError(outputField + ": the output has " + width + " unit(s), but the " + where + " are "
                        + what + " (accepted: " + columns + " output unit(s), as wide as the targets)");
            }
            y = y.dup();
        } else {
            long n = y.size(0);
            INDArray encoded = Nd4j.zeros(DataType.FLOAT, n, width);
            float[] ids = y.dup('c').data().asFloat();
            for (int i = 0; i < n; i++) {
                float v = ids[i];
                if (!Float.isFinite(v) || v < 0 || (int) v >= width) {
                    throw new UserError(where + ": label " + v + " of sample " + i + " is not a class id in 0.."
                            + (width - 1) + " (the last layer has " + width + " outputs)");
                }
                encoded.putScalar(i, (int) v, 1f);
            }
            y = encoded;
        }
        return signed ? y.muli(2).subi(1) : y;
    }
}
