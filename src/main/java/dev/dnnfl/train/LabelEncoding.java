package dev.dnnfl.train;

import dev.dnnfl.spec.UserError;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How a subject's labels ({@code [n, 1]} class ids or targets) become the network's targets:
 * one-hot over {@code width} classes (class ids truncated to integers, as Keras' sparse
 * cross-entropy and {@code to_categorical} do), or as they are; hinge losses map 0/1 to −1/+1
 * as Keras 2.3 does. {@code accuracy} says how the batch accuracy is read.
 */
public record LabelEncoding(int width, boolean oneHot, boolean signed, Accuracy accuracy) {
    public LabelEncoding {
        if (width < 1) throw new IllegalArgumentException("label width must be >= 1, found " + width);
    }

    /**
     * The targets for a split's labels.
     *
     * @param where names the split for the error message
     */
    public INDArray encode(INDArray labels, String where) {
        INDArray y = labels.castTo(DataType.FLOAT);
        if (oneHot) {
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
        } else if (y.size(1) != width) {
            throw new UserError(where + ": labels have " + y.size(1) + " column(s) but the last layer has " + width
                    + " outputs");
        } else {
            y = y.dup();
        }
        return signed ? y.muli(2).subi(1) : y;
    }
}
