package dev.dnnfl.train;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras 2's cross-entropy on probabilities ({@code from_logits=False}), whatever the output
 * activation: categorical divides the outputs by their sum and clips them to [ε, 1 − ε]
 * before the log; binary clips and takes the mean over the outputs. ε = 1e-7.
 *
 * <p>Why: DL4J's MCXENT clips only after a softmax, so on a linear or softsign output it takes
 * the log of non-positive values and yields NaN, while Keras trains on (benchmark.md §5.2,
 * subjects M2, R2, R7). The gradient through the clip is zero outside the band, as in
 * TensorFlow's {@code clip_by_value}.
 */
public final class KerasCrossEntropy implements ILossFunction {
    private static final long serialVersionUID = 1L;
    /** Keras' {@code epsilon()}. */
    public static final double EPSILON = 1e-7;

    private final boolean categorical;

    private KerasCrossEntropy(boolean categorical) {
        this.categorical = categorical;
    }

    /** {@code categorical_crossentropy} (and the sparse variant after one-hot encoding). */
    public static KerasCrossEntropy categorical() {
        return new KerasCrossEntropy(true);
    }

    /** {@code binary_crossentropy}: element-wise, mean over the outputs. */
    public static KerasCrossEntropy binary() {
        return new KerasCrossEntropy(false);
    }

    private INDArray probabilities(INDArray output) {
        if (!categorical) return output;
        return output.divColumnVector(output.sum(true, 1));
    }

    /**
     * Clips to [ε, 1 − ε] as TensorFlow's {@code clip_by_value} does, keeping NaN. Why: ND4J's
     * min/max turn NaN into the bound, so NaN outputs (from NaN inputs) gave a finite loss near 0
     * and the run never counted as diverged; Keras reports a NaN loss. {@code p − p} is 0 where p
     * is finite and NaN where it is NaN or infinite, so adding it marks exactly those entries.
     */
    private static INDArray clip(INDArray p) {
        INDArray nonFinite = p.sub(p);
        return Transforms.max(Transforms.min(p, 1 - EPSILON, true), EPSILON, false).addi(nonFinite);
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray output = activationFn.getActivation(preOutput.dup(), true);
        INDArray p = clip(probabilities(output));
        INDArray score;
        if (categorical) {
            score = Transforms.log(p, true).muli(labels).sum(true, 1).negi();
        } else {
            INDArray pos = Transforms.log(p, true).muli(labels);
            INDArray neg = Transforms.log(p.rsub(1), false).muli(labels.rsub(1));
            score = pos.addi(neg).mean(true, 1).negi();
        }
        if (mask != null) score.muliColumnVector(mask);
        return score;
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask, boolean average) {
        INDArray scores = computeScoreArray(labels, preOutput, activationFn, mask);
        double sum = scores.sumNumber().doubleValue();
        return average ? sum / scores.size(0) : sum;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray output = activationFn.getActivation(preOutput.dup(), true);
        INDArray p = probabilities(output);
        // gradient of the clip: 1 inside [eps, 1 - eps], 0 outside
        INDArray inside = p.gte(EPSILON).castTo(p.dataType()).muli(p.lte(1 - EPSILON).castTo(p.dataType()));
        INDArray pc = clip(p);
        INDArray dLdOut;
        if (categorical) {
            INDArray g = labels.div(pc).negi().muli(inside);               // dL/dp
            INDArray s = output.sum(true, 1);                               // S = Σ out
            // p = out / S  =>  dL/dout_j = g_j / S − Σ_i g_i out_i / S²
            INDArray weighted = g.mul(output).sum(true, 1).divi(s.mul(s));
            dLdOut = g.divColumnVector(s).subiColumnVector(weighted);
        } else {
            long n = labels.size(1);
            INDArray g = labels.div(pc).subi(labels.rsub(1).divi(pc.rsub(1))).negi();
            dLdOut = g.muli(inside).divi(n);
        }
        INDArray dLdz = activationFn.backprop(preOutput.dup(), dLdOut).getFirst();
        if (mask != null) dLdz.muliColumnVector(mask);
        return dLdz;
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activationFn,
                                                          INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return categorical ? "keras_categorical_crossentropy" : "keras_binary_crossentropy";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KerasCrossEntropy k && k.categorical == categorical;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(categorical);
    }

    @Override
    public String toString() {
        return name();
    }
}
