package dev.dnnfl.train;

import dev.dnnfl.spec.Initializer;
import dev.dnnfl.spec.UserError;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Objects;

/**
 * A Keras initialiser as a DL4J weight initialisation, with Keras' fan conventions.
 *
 * <p>Why not DL4J's {@code WeightInit}: DL4J divides a convolution's fan-out by the stride
 * product and draws its "normal" variance-scaling variants untruncated, while Keras 2 computes
 * fan_in = kh·kw·c_in and fan_out = kh·kw·c_out and draws {@code glorot_normal},
 * {@code he_normal}, {@code lecun_normal} and {@code variance_scaling} from a normal truncated at
 * two standard deviations, with the standard deviation divided by 0.87962566 to keep the
 * variance. Values are drawn in Keras' layout ({@code [in, out]}, {@code [kh, kw, c_in, c_out]})
 * and then laid out as DL4J stores them ({@code [c_out, c_in, kh, kw]} for convolutions), so an
 * orthogonal kernel is orthogonal in Keras' sense. Draws come from ND4J's generator, which DL4J
 * seeds with the network seed before initialising.
 */
public final class KerasInitializer implements IWeightInit {
    private static final long serialVersionUID = 1L;
    /** Standard deviation of a unit normal truncated at ±2 (Keras' correction factor). */
    private static final double TRUNCATION_STD = 0.87962566103423978;

    /** The supported initialiser names, sorted. */
    public static final List<String> NAMES = List.of("constant", "glorot_normal", "glorot_uniform", "he_normal",
            "he_uniform", "identity", "lecun_normal", "lecun_uniform", "ones", "orthogonal", "random_normal",
            "random_uniform", "truncated_normal", "variance_scaling", "zeros");

    private final Initializer spec;

    private KerasInitializer(Initializer spec) {
        this.spec = spec;
    }

    /**
     * The initialiser for a subject's initialiser spec.
     *
     * @param where the JSON pointer of the field, for the error message
     */
    public static KerasInitializer of(Initializer spec, String where) {
        if (!NAMES.contains(spec.name())) {
            throw new UserError(where + ": initializer '" + spec.name() + "' is not supported for training (expected one of "
                    + String.join(", ", NAMES) + ")");
        }
        return new KerasInitializer(spec);
    }

    /** The Keras name of the initialiser. */
    public String name() {
        return spec.name();
    }

    /** Whether every value is the same number, so DL4J's constant bias initialisation can do it. */
    public boolean isConstant() {
        return switch (spec.name()) {
            case "zeros", "ones", "constant" -> true;
            default -> false;
        };
    }

    /** The value of a constant initialiser. */
    public double constant() {
        return switch (spec.name()) {
            case "zeros" -> 0;
            case "ones" -> 1;
            case "constant" -> spec.parameter("value", 0);
            default -> throw new IllegalStateException(spec.name() + " is not a constant initializer");
        };
    }

    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        INDArray values;
        if (shape.length == 4) {
            // DL4J conv kernel [c_out, c_in, kh, kw] <- Keras [kh, kw, c_in, c_out]
            values = sample(new long[]{shape[2], shape[3], shape[1], shape[0]}).permute(3, 2, 0, 1);
        } else {
            values = sample(shape);
        }
        INDArray w = paramView.reshape(order, shape);
        w.assign(values);
        return w;
    }

    /** Draws a tensor of a Keras shape (rank 1 for a bias, 2 for a dense kernel, 4 for a conv kernel). */
    public INDArray sample(long[] kerasShape) {
        double[] fans = fans(kerasShape);
        double fanIn = fans[0];
        double fanOut = fans[1];
        return switch (spec.name()) {
            case "zeros", "ones", "constant" -> Nd4j.valueArrayOf(kerasShape, constant());
            case "random_normal" -> normal(kerasShape, spec.parameter("mean", 0), spec.parameter("stddev", 0.05));
            case "random_uniform" -> uniform(kerasShape, spec.parameter("minval", -0.05), spec.parameter("maxval", 0.05));
            case "truncated_normal" -> truncated(kerasShape, spec.parameter("mean", 0), spec.parameter("stddev", 0.05));
            case "glorot_uniform" -> symmetricUniform(kerasShape, Math.sqrt(6.0 / (fanIn + fanOut)));
            case "glorot_normal" -> truncated(kerasShape, 0, Math.sqrt(2.0 / (fanIn + fanOut)) / TRUNCATION_STD);
            case "he_uniform" -> symmetricUniform(kerasShape, Math.sqrt(6.0 / fanIn));
            case "he_normal" -> truncated(kerasShape, 0, Math.sqrt(2.0 / fanIn) / TRUNCATION_STD);
            case "lecun_uniform" -> symmetricUniform(kerasShape, Math.sqrt(3.0 / fanIn));
            case "lecun_normal" -> truncated(kerasShape, 0, Math.sqrt(1.0 / fanIn) / TRUNCATION_STD);
            case "variance_scaling" -> truncated(kerasShape, 0, Math.sqrt(spec.parameter("scale", 1) / fanIn) / TRUNCATION_STD);
            case "orthogonal" -> orthogonal(kerasShape, spec.parameter("gain", 1));
            case "identity" -> identity(kerasShape, spec.parameter("gain", 1));
            default -> throw new IllegalStateException("unsupported initializer " + spec.name());
        };
    }

    /** Keras 2's {@code _compute_fans}: [fan_in, fan_out] of a Keras-layout shape. */
    static double[] fans(long[] shape) {
        if (shape.length == 2) return new double[]{shape[0], shape[1]};
        if (shape.length >= 3 && shape.length <= 5) {
            long receptive = 1;
            for (int i = 0; i < shape.length - 2; i++) receptive *= shape[i];
            return new double[]{shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive};
        }
        long n = 1;
        for (long s : shape) n *= s;
        double f = Math.sqrt(n);
        return new double[]{f, f};
    }

    private static INDArray normal(long[] shape, double mean, double std) {
        return Nd4j.randn(shape).muli(std).addi(mean);
    }

    private static INDArray uniform(long[] shape, double min, double max) {
        return Nd4j.rand(shape).muli(max - min).addi(min);
    }

    private static INDArray symmetricUniform(long[] shape, double limit) {
        return uniform(shape, -limit, limit);
    }

    private static INDArray truncated(long[] shape, double mean, double std) {
        INDArray unit = Nd4j.randn(shape);
        float[] v = unit.dup('c').data().asFloat();
        Random rng = Nd4j.getRandom();
        for (int i = 0; i < v.length; i++) {
            while (Math.abs(v[i]) > 2) v[i] = (float) rng.nextGaussian();
        }
        return Nd4j.create(v, shape, 'c').muli(std).addi(mean);
    }

    private static INDArray orthogonal(long[] shape, double gain) {
        long cols = shape[shape.length - 1];
        long rows = 1;
        for (int i = 0; i < shape.length - 1; i++) rows *= shape[i];
        boolean tall = rows >= cols;
        double[][] a = Nd4j.randn(tall ? rows : cols, tall ? cols : rows).toDoubleMatrix();
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(a, false));
        RealMatrix q = qr.getQ();
        RealMatrix r = qr.getR();
        int k = (int) Math.min(rows, cols);
        int n = (int) Math.max(rows, cols);
        double[][] out = new double[n][k];
        for (int j = 0; j < k; j++) {
            // the sign of R's diagonal makes the draw uniform over orthogonal matrices
            double sign = Math.signum(r.getEntry(j, j)) == 0 ? 1 : Math.signum(r.getEntry(j, j));
            for (int i = 0; i < n; i++) out[i][j] = q.getEntry(i, j) * sign * gain;
        }
        INDArray m = Nd4j.create(out);
        if (!tall) m = m.transpose();
        return m.castTo(Nd4j.defaultFloatingPointType()).dup('c').reshape('c', shape);
    }

    private static INDArray identity(long[] shape, double gain) {
        if (shape.length != 2) {
            throw new UserError("initializer 'identity' needs a 2-D kernel (a dense layer), found shape "
                    + java.util.Arrays.toString(shape));
        }
        INDArray m = Nd4j.zeros(shape);
        for (long i = 0; i < Math.min(shape[0], shape[1]); i++) m.putScalar(i, i, gain);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KerasInitializer k && k.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec);
    }

    @Override
    public String toString() {
        return spec.toString();
    }
}
