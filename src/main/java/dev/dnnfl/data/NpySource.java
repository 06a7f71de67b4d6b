package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Samples read from two NumPy {@code .npy} files with ND4J: inputs {@code [n, …]} (a 1-D array is
 * one input per sample) and labels {@code [n]} or {@code [n, 1]} (class ids or targets) or
 * {@code [n, k]} (target rows, e.g. the multi-hot vectors a Keras program feeds a k-unit output,
 * used as they are). Inputs stored as {@code uint8} count as 8-bit pixels.
 */
record NpySource(Path inputs, Path labels) {

    /** The samples of the files, labels checked against {@code task}. */
    Samples read(String task) {
        INDArray x = array(inputs);
        INDArray y = array(labels);
        if (x.rank() == 0) {
            throw new UserError(inputs + ": a scalar, expected an array of samples [n, ...]");
        }
        long n = x.size(0);
        if (y.rank() < 1 || y.rank() > 2 || y.size(0) != n || (y.rank() == 2 && y.size(1) < 1)) {
            throw new UserError(labels + ": labels of shape " + Arrays.toString(y.shape()) + ", but " + inputs
                    + " has " + n + " samples (expected labels [" + n + "], [" + n + ", 1] or target rows ["
                    + n + ", k])");
        }
        int k = y.rank() == 2 ? Math.toIntExact(y.size(1)) : 1;
        List<Integer> shape = x.rank() == 1 ? List.of(1)
                : Arrays.stream(x.shape(), 1, x.rank()).mapToInt(Math::toIntExact).boxed().toList();
        float[] xs = n == 0 ? new float[0] : x.castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[] ys = n == 0 ? new float[0] : y.castTo(DataType.FLOAT).dup('c').data().asFloat();
        int classes = k == 1 ? Samples.classesOf(ys, task, labels.toString()) : Samples.targetClassesOf(ys, k, task);
        return new Samples(xs, ys, shape, classes, x.dataType() == DataType.UBYTE, k);
    }

    private static INDArray array(Path path) {
        if (!Files.isRegularFile(path)) {
            throw UserError.missingFile(path, "no such file");
        }
        try {
            return Nd4j.createFromNpyFile(path.toFile());
        } catch (RuntimeException e) {
            throw new UserError(path + ": not a readable .npy file: " + e.getMessage(), e);
        }
    }
}
