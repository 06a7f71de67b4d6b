package dev.dnnfl.train;

import dev.dnnfl.spec.UserError;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationHardSigmoid;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSELU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftPlus;
import org.nd4j.linalg.activations.impl.ActivationSoftSign;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationSwish;
import org.nd4j.linalg.activations.impl.ActivationTanH;

import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/**
 * The Keras activation functions dnnfl can train, by their canonical Keras names, as DL4J
 * activations with Keras' semantics. DL4J's {@code HARDSIGMOID} is Keras 2's
 * clip(0.2·x + 0.5, 0, 1) and its {@code ELU} has Keras' alpha 1; {@code exponential} has no DL4J
 * counterpart and is {@link ExponentialActivation}.
 */
public final class KerasActivations {
    private static final Map<String, Supplier<IActivation>> BY_NAME = Map.ofEntries(
            Map.entry("relu", ActivationReLU::new),
            Map.entry("sigmoid", ActivationSigmoid::new),
            Map.entry("tanh", ActivationTanH::new),
            Map.entry("softmax", ActivationSoftmax::new),
            Map.entry("elu", ActivationELU::new),
            Map.entry("selu", ActivationSELU::new),
            Map.entry("softplus", ActivationSoftPlus::new),
            Map.entry("softsign", ActivationSoftSign::new),
            Map.entry("linear", ActivationIdentity::new),
            Map.entry("hard_sigmoid", ActivationHardSigmoid::new),
            Map.entry("exponential", ExponentialActivation::new),
            Map.entry("swish", ActivationSwish::new));

    /** The supported names, sorted. */
    public static final List<String> NAMES = BY_NAME.keySet().stream().sorted().toList();

    private KerasActivations() {
    }

    /**
     * The DL4J activation for a Keras name; {@code null} means Keras' default, linear.
     *
     * @param where the JSON pointer of the field, for the error message
     */
    public static IActivation of(String name, String where) {
        Supplier<IActivation> s = BY_NAME.get(name == null ? "linear" : name);
        if (s == null) {
            throw new UserError(where + ": activation '" + name + "' is not supported for training (expected one of "
                    + String.join(", ", NAMES) + ")");
        }
        return s.get();
    }
}
