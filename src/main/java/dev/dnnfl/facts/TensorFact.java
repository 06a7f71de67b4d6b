package dev.dnnfl.facts;

import dev.dnnfl.telemetry.Quantity;

import java.util.Objects;

/**
 * One tensor of one layer at one moment of training, as the rule packs see it: the weights,
 * biases, gradients, updates or activations ({@code quantity}) of the layer with Keras index
 * {@code layer}. {@code probe} is true for the epoch-end snapshot on the fixed probe batch in
 * inference mode, which DeepDiagnosis reads; false for a sampled training iteration.
 *
 * <p>Statistics are over the finite elements ({@code mean}, {@code std}, {@code min},
 * {@code max}, {@code norm} = L2 norm); {@code fractionNonFinite} counts NaN/Inf elements,
 * {@code fractionZero} exact zeros, {@code fractionSaturated} elements in the flat region of a
 * sigmoid/tanh-like activation. Derived: {@code variance} = std², {@code rms} = norm / √count
 * (an upper bound of the mean absolute value), {@code finite} = no NaN/Inf element and a finite
 * mean, and {@code unchangedEpochs}: for probe snapshots, the consecutive epoch ends, ending
 * with this one, over which the mean stayed exactly the same (1 when it just changed, and for
 * iteration snapshots).
 */
public record TensorFact(int layer, int epoch, long iteration, boolean probe, Quantity quantity,
                         double mean, double std, double min, double max, double norm,
                         double fractionZero, double fractionNonFinite, double fractionSaturated,
                         long count, double variance, double rms, boolean finite,
                         int unchangedEpochs) {
    public TensorFact {
        if (layer < 0) throw new IllegalArgumentException("layer index must be >= 0, found " + layer);
        if (epoch < 0) throw new IllegalArgumentException("epoch must be >= 0, found " + epoch);
        Objects.requireNonNull(quantity, "quantity");
        if (unchangedEpochs < 1) {
            throw new IllegalArgumentException("unchangedEpochs must be >= 1, found " + unchangedEpochs);
        }
    }

    /** Whether the mean is NaN, infinite or exactly 0: DeepDiagnosis' {@code isNumerical}. */
    public boolean numericalError() {
        return !finite || mean == 0.0;
    }
}
