package dev.dnnfl.train;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.Split;
import dev.dnnfl.spec.Initializer;
import dev.dnnfl.spec.LayerSpec;
import dev.dnnfl.spec.Regularizer;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.TrainingSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Test builders: small subjects and datasets made directly from records and arrays. */
public final class TestSubjects {
    private TestSubjects() {
    }

    /** A layer under construction; {@link #subject} numbers and names it. */
    public record L(String type, Integer units, Integer filters, List<Integer> kernel, List<Integer> strides,
                    String padding, List<Integer> pool, Double rate, String activation, boolean useBias,
                    Initializer kernelInit, Initializer biasInit, Regularizer regularizer) {
        public L activation(String a) {
            return new L(type, units, filters, kernel, strides, padding, pool, rate, a, useBias, kernelInit, biasInit, regularizer);
        }

        public L kernelInit(Initializer i) {
            return new L(type, units, filters, kernel, strides, padding, pool, rate, activation, useBias, i, biasInit, regularizer);
        }

        public L biasInit(Initializer i) {
            return new L(type, units, filters, kernel, strides, padding, pool, rate, activation, useBias, kernelInit, i, regularizer);
        }

        public L regularizer(Regularizer r) {
            return new L(type, units, filters, kernel, strides, padding, pool, rate, activation, useBias, kernelInit, biasInit, r);
        }

        public L noBias() {
            return new L(type, units, filters, kernel, strides, padding, pool, rate, activation, false, kernelInit, biasInit, regularizer);
        }

        public L padding(String p) {
            return new L(type, units, filters, kernel, strides, p, pool, rate, activation, useBias, kernelInit, biasInit, regularizer);
        }

        public L strides(int s) {
            return new L(type, units, filters, kernel, List.of(s, s), padding, pool, rate, activation, useBias, kernelInit, biasInit, regularizer);
        }
    }

    public static L dense(int units, String activation) {
        return new L("dense", units, null, null, null, null, null, null, activation, true,
                Initializer.named("glorot_uniform"), Initializer.named("zeros"), null);
    }

    public static L conv(int filters, int kernel, String activation) {
        return new L("conv2d", null, filters, List.of(kernel, kernel), List.of(1, 1), "valid", null, null, activation, true,
                Initializer.named("glorot_uniform"), Initializer.named("zeros"), null);
    }

    public static L maxPool(int pool) {
        return new L("max_pooling2d", null, null, null, null, "valid", List.of(pool, pool), null, null, true, null, null, null);
    }

    public static L avgPool(int pool) {
        return new L("average_pooling2d", null, null, null, null, "valid", List.of(pool, pool), null, null, true, null, null, null);
    }

    public static L flatten() {
        return new L("flatten", null, null, null, null, null, null, null, null, true, null, null, null);
    }

    public static L dropout(double rate) {
        return new L("dropout", null, null, null, null, null, null, rate, null, true, null, null, null);
    }

    public static L batchNorm() {
        return new L("batch_normalization", null, null, null, null, null, null, null, null, true, null, null, null);
    }

    public static L activation(String name) {
        return new L("activation", null, null, null, null, null, null, null, name, true, null, null, null);
    }

    public static TrainingSpec training(String optimizer, double lr, String loss, int batch, int epochs) {
        return new TrainingSpec(optimizer, lr, loss, batch, epochs, Map.of());
    }

    public static TrainingSpec training(String optimizer, double lr, String loss, int batch, int epochs, Map<String, Double> params) {
        return new TrainingSpec(optimizer, lr, loss, batch, epochs, params);
    }

    public static Subject subject(String task, TrainingSpec training, L... layers) {
        List<LayerSpec> specs = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < layers.length; i++) {
            L l = layers[i];
            int nth = counts.merge(l.type(), 1, Integer::sum) - 1;
            String name = nth == 0 ? l.type() : l.type() + "_" + nth;
            specs.add(new LayerSpec(i, name, l.type(), l.units(), l.filters(), l.kernel(), l.strides(), l.padding(),
                    l.pool(), l.rate(), l.activation(), l.useBias(), l.kernelInit(), l.biasInit(), l.regularizer()));
        }
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("id", "test-subject").put("task", task).put("model", specs + " " + training);
        return new Subject("test-subject", task, null, specs, training, Optional.empty(), null, json, null);
    }

    /** A classifier's subject: the usual case of the tests. */
    public static Subject classifier(TrainingSpec training, L... layers) {
        return subject("classification", training, layers);
    }

    /** Gaussian blobs: {@code classes} centres in {@code features} dimensions, split 70/15/15. */
    public static Dataset blobs(int n, int features, int classes, long seed) {
        Random rng = new Random(seed);
        double[][] centres = new double[classes][features];
        for (double[] c : centres) for (int j = 0; j < features; j++) c[j] = rng.nextGaussian() * 2;
        float[][] x = new float[n][features];
        float[][] y = new float[n][1];
        for (int i = 0; i < n; i++) {
            int k = i % classes;
            for (int j = 0; j < features; j++) x[i][j] = (float) (centres[k][j] + rng.nextGaussian() * 0.5);
            y[i][0] = k;
        }
        return split("blobs", Nd4j.create(x), Nd4j.create(y), List.of(features), classes);
    }

    /** Tiny images [h, w, c] whose class is which quadrant is bright. */
    public static Dataset images(int n, int size, int channels, long seed) {
        Random rng = new Random(seed);
        INDArray x = Nd4j.create(DataType.FLOAT, n, size, size, channels);
        float[][] y = new float[n][1];
        int half = size / 2;
        for (int i = 0; i < n; i++) {
            int k = i % 4;
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    boolean bright = (r < half) == (k < 2) && (c < half) == (k % 2 == 0);
                    for (int ch = 0; ch < channels; ch++) {
                        x.putScalar(new long[]{i, r, c, ch}, (bright ? 1.0 : 0.0) + rng.nextGaussian() * 0.1);
                    }
                }
            }
            y[i][0] = k;
        }
        return split("images", x, Nd4j.create(y), List.of(size, size, channels), 4);
    }

    /** A regression set: y = 3·x0 − 2·x1 + noise. */
    public static Dataset regression(int n, long seed) {
        Random rng = new Random(seed);
        float[][] x = new float[n][2];
        float[][] y = new float[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = (float) rng.nextGaussian();
            x[i][1] = (float) rng.nextGaussian();
            y[i][0] = (float) (3 * x[i][0] - 2 * x[i][1] + rng.nextGaussian() * 0.1);
        }
        return split("regression", Nd4j.create(x), Nd4j.create(y), List.of(2), 0);
    }

    /**
     * A multi-hot problem: each input is {@code bits} random 0/1 values, its target row the first
     * {@code k} of them (so several classes may be on at once, or none); classes = k.
     */
    public static Dataset multiHot(int n, int bits, int k, long seed) {
        Random rng = new Random(seed);
        float[][] x = new float[n][bits];
        float[][] y = new float[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < bits; j++) x[i][j] = rng.nextBoolean() ? 1 : 0;
            System.arraycopy(x[i], 0, y[i], 0, k);
        }
        return split("multi-hot", Nd4j.create(x), Nd4j.create(y), List.of(bits), k);
    }

    private static Dataset split(String name, INDArray x, INDArray y, List<Integer> shape, int classes) {
        long n = x.size(0);
        long a = n * 70 / 100;
        long b = n * 85 / 100;
        var all = org.nd4j.linalg.indexing.NDArrayIndex.all();
        return new Dataset(name,
                new Split(x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, a)).dup(), y.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, a), all).dup()),
                new Split(x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(a, b)).dup(), y.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(a, b), all).dup()),
                new Split(x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(b, n)).dup(), y.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(b, n), all).dup()),
                shape, classes);
    }
}
