package dev.dnnfl.train;

import dev.dnnfl.spec.UserError;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossCosineProximity;
import org.nd4j.linalg.lossfunctions.impl.LossHinge;
import org.nd4j.linalg.lossfunctions.impl.LossKLD;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;
import org.nd4j.linalg.lossfunctions.impl.LossMAPE;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.lossfunctions.impl.LossMSLE;
import org.nd4j.linalg.lossfunctions.impl.LossPoisson;
import org.nd4j.linalg.lossfunctions.impl.LossSquaredHinge;

import java.util.List;

/**
 * The Keras losses dnnfl can train, by canonical Keras name, as DL4J losses, and the label
 * encoding each needs. Cross-entropies are {@link KerasCrossEntropy} (Keras' clipping on any
 * output activation). DL4J's MSE, MAE, MAPE and MSLE average over the outputs as Keras does;
 * its hinge losses sum over them where Keras averages (a constant factor, benchmark.md §5.2).
 */
public final class KerasLosses {
    /** The supported loss names, sorted. */
    public static final List<String> NAMES = List.of("binary_crossentropy", "categorical_crossentropy",
            "categorical_hinge", "cosine_similarity", "hinge", "kullback_leibler_divergence", "mean_absolute_error",
            "mean_absolute_percentage_error", "mean_squared_error", "mean_squared_logarithmic_error", "poisson",
            "sparse_categorical_crossentropy", "squared_hinge");

    private KerasLosses() {
    }

    /**
     * The DL4J loss for a Keras name.
     *
     * @param where the JSON pointer of the field, for the error message
     */
    public static ILossFunction of(String name, String where) {
        return switch (name) {
            case "categorical_crossentropy", "sparse_categorical_crossentropy" -> KerasCrossEntropy.categorical();
            case "binary_crossentropy" -> KerasCrossEntropy.binary();
            case "mean_squared_error" -> new LossMSE();
            case "mean_absolute_error" -> new LossMAE();
            case "mean_absolute_percentage_error" -> new LossMAPE();
            case "mean_squared_logarithmic_error" -> new LossMSLE();
            case "hinge" -> new LossHinge();
            case "squared_hinge" -> new LossSquaredHinge();
            // categorical hinge on one-hot labels: DL4J's hinge on ±1 labels is the closest; see readme-train
            case "categorical_hinge" -> new LossHinge();
            case "kullback_leibler_divergence" -> new LossKLD();
            case "poisson" -> new LossPoisson();
            case "cosine_similarity" -> new LossCosineProximity();
            default -> throw new UserError(where + ": loss '" + name + "' is not supported for training (expected one of "
                    + String.join(", ", NAMES) + ")");
        };
    }

    /**
     * How labels are encoded for a loss, given the task and the width of the last layer,
     * following Keras: one-hot when the loss compares distributions or the output has several
     * units in a classification; raw otherwise.
     */
    public static LabelEncoding encoding(String loss, boolean classification, int outputWidth) {
        return encoding(loss, classification, outputWidth, null);
    }

    /**
     * As {@link #encoding(String, boolean, int)}, naming the JSON pointer that sets the output
     * width ({@code outputField}, e.g. {@code /layers/2/units}) in errors about labels that do not
     * fit it. Accuracy is Keras': binary for one output unit or {@code binary_crossentropy}
     * (element-wise, threshold 0.5, so also on multi-hot rows), categorical (argmax match) otherwise.
     */
    public static LabelEncoding encoding(String loss, boolean classification, int outputWidth, String outputField) {
        if (!classification) return new LabelEncoding(outputWidth, false, false, Accuracy.NONE, outputField);
        boolean signed = loss.equals("hinge") || loss.equals("squared_hinge") || loss.equals("categorical_hinge");
        boolean sparse = loss.equals("sparse_categorical_crossentropy");
        boolean oneHot = outputWidth > 1 || sparse;
        Accuracy accuracy;
        if (outputWidth == 1) accuracy = signed ? Accuracy.SIGNED : Accuracy.BINARY;
        else if (loss.equals("binary_crossentropy")) accuracy = Accuracy.BINARY;
        else accuracy = Accuracy.CATEGORICAL;
        return new LabelEncoding(outputWidth, oneHot, signed, accuracy, outputField);
    }
}
