package dev.dnnfl.facts;

import dev.dnnfl.telemetry.LayerSnapshot;
import dev.dnnfl.telemetry.Quantity;
import dev.dnnfl.telemetry.TensorStats;

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
 * (never below the mean absolute value) and {@code finite}: no NaN/Inf element and a finite mean.
 */
public record TensorFact(int layer, int epoch, long iteration, boolean probe, Quantity quantity,
                         double mean, double std, double min, double max, double norm,
                         double fractionZero, double fractionNonFinite, double fractionSaturated,
                         long count, double variance, double rms, boolean finite) {
    public TensorFact {
        if (layer < 0) throw new IllegalArgumentException("layer index must be >= 0, found " + layer);
        if (epoch < 0) throw new IllegalArgumentException("epoch must be >= 0, found " + epoch);
        Objects.requireNonNull(quantity, "quantity");
    }

    /** The fact of one quantity of a layer snapshot. */
    public static TensorFact of(LayerSnapshot snapshot, Quantity quantity, TensorStats s) {
        double rms = s.count() > 0 ? s.l2Norm() / Math.sqrt(s.count()) : Double.NaN;
        boolean finite = s.fractionNonFinite() == 0.0 && Double.isFinite(s.mean());
        return new TensorFact(snapshot.layer(), snapshot.epoch(), snapshot.iteration(), snapshot.probe(),
                quantity, s.mean(), s.std(), s.min(), s.max(), s.l2Norm(), s.fractionZero(),
                s.fractionNonFinite(), s.fractionSaturated(), s.count(), s.std() * s.std(), rms, finite);
    }

    /** Whether the mean is NaN, infinite or exactly 0: DeepDiagnosis' {@code isNumerical}. */
    public boolean numericalError() {
        return !finite || mean == 0.0;
    }
}
