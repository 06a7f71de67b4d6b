package dev.dnnfl.train;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.spec.Initializer;
import dev.dnnfl.spec.Regularizer;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.List;
import java.util.Map;

import static dev.dnnfl.train.TestSubjects.*;
import static org.junit.jupiter.api.Assertions.*;

class NetworkBuilderTest {
    private static final Dataset BLOBS = blobs(120, 4, 3, 1);
    private static final Dataset IMAGES = images(40, 8, 2, 1);
    private static final Dataset REGRESSION = regression(120, 1);
    /** Targets above zero, for the losses that take logarithms or divide by the target. */
    private static final Dataset POSITIVE = shifted(REGRESSION, 20);

    private static Dataset shifted(Dataset d, double by) {
        return new Dataset(d.name(), new dev.dnnfl.data.Split(d.train().features(), d.train().labels().add(by)),
                new dev.dnnfl.data.Split(d.validation().features(), d.validation().labels().add(by)),
                new dev.dnnfl.data.Split(d.test().features(), d.test().labels().add(by)), d.inputShape(), 0);
    }

    /** One epoch of one batch: a single fit step. */
    private static TrainingResult oneStep(Subject s, Dataset d) {
        return Trainer.train(s, d, 1);
    }

    private static Subject one(String optimizer, double lr, String loss, L... layers) {
        return classifier(training(optimizer, lr, loss, 1000, 1), layers);
    }

    @Test
    void everyActivationBuildsAndTakesAFiniteStep() {
        for (String a : KerasActivations.NAMES) {
            TrainingResult r = oneStep(one("adam", 0.001, "categorical_crossentropy", dense(8, a), dense(3, "softmax")), BLOBS);
            assertEquals(StopReason.COMPLETED, r.stopReason(), a);
            assertTrue(Double.isFinite(r.epochs().get(0).trainLoss()), a);
        }
    }

    @Test
    void everyLossBuildsAndTakesAFiniteStep() {
        for (String loss : KerasLosses.NAMES) {
            boolean regression = List.of("mean_absolute_percentage_error", "mean_squared_logarithmic_error",
                    "cosine_similarity").contains(loss);
            TrainingResult r;
            if (regression) {
                r = oneStep(subject("regression", training("adam", 0.001, loss, 1000, 1), dense(4, "relu"), dense(1, "softplus")),
                        POSITIVE);
            } else {
                String out = loss.contains("hinge") ? "tanh" : loss.equals("poisson") ? "softplus" : "softmax";
                r = oneStep(one("adam", 0.001, loss, dense(8, "relu"), dense(3, out)), BLOBS);
            }
            assertTrue(Double.isFinite(r.epochs().get(0).trainLoss()), loss + " loss " + r.epochs().get(0).trainLoss());
        }
    }

    @Test
    void everyOptimizerTakesAFiniteStepThatMovesTheWeights() {
        List<Subject> subjects = List.of(
                one("sgd", 0.01, "categorical_crossentropy", dense(8, "relu"), dense(3, "softmax")),
                classifier(training("sgd", 0.01, "categorical_crossentropy", 1000, 1, Map.of("momentum", 0.9)), dense(8, "relu"), dense(3, "softmax")),
                classifier(training("sgd", 0.01, "categorical_crossentropy", 1000, 1, Map.of("momentum", 0.9, "nesterov", 1.0)), dense(8, "relu"), dense(3, "softmax")),
                one("rmsprop", 0.001, "categorical_crossentropy", dense(8, "relu"), dense(3, "softmax")),
                one("adagrad", 0.01, "categorical_crossentropy", dense(8, "relu"), dense(3, "softmax")),
                one("adadelta", 1.0, "categorical_crossentropy", dense(8, "relu"), dense(3, "softmax")),
                one("adam", 0.001, "categorical_crossentropy", dense(8, "relu"), dense(3, "softmax")),
                classifier(training("adam", 0.001, "categorical_crossentropy", 1000, 1, Map.of("amsgrad", 1.0, "decay", 0.01)), dense(8, "relu"), dense(3, "softmax")),
                one("adamax", 0.002, "categorical_crossentropy", dense(8, "relu"), dense(3, "softmax")),
                one("nadam", 0.002, "categorical_crossentropy", dense(8, "relu"), dense(3, "softmax")));
        for (Subject s : subjects) {
            Network before = NetworkBuilder.build(s, BLOBS.inputShape(), 1, true);
            INDArray w0 = before.model().params().dup();
            Network net = NetworkBuilder.build(s, BLOBS.inputShape(), 1, true);
            net.model().fit(BLOBS.train().features(), net.labels().encode(BLOBS.train().labels(), "train"));
            assertTrue(Double.isFinite(net.model().score()), s.training().toString());
            assertTrue(net.model().params().sub(w0).norm2Number().doubleValue() > 0, s.training() + " did not move the weights");
        }
    }

    @Test
    void adadeltaScalesItsStepByTheLearningRateAsKerasDoes() {
        double[] steps = new double[2];
        double[] rates = {1.0, 0.001};
        for (int i = 0; i < 2; i++) {
            Subject s = one("adadelta", rates[i], "categorical_crossentropy", dense(3, "softmax"));
            Network net = NetworkBuilder.build(s, BLOBS.inputShape(), 1, true);
            INDArray w0 = net.model().params().dup();
            net.model().fit(BLOBS.train().features(), net.labels().encode(BLOBS.train().labels(), "train"));
            steps[i] = net.model().params().sub(w0).norm2Number().doubleValue();
        }
        // float32 parameters round the tiny step: 1 % tolerance
        assertEquals(1000, steps[0] / steps[1], 10);
    }

    @Test
    void parameterCountsAreKeras() {
        Subject mlp = one("adam", 0.001, "categorical_crossentropy", dense(16, "relu"), dropout(0.5), dense(3, "softmax"));
        assertEquals(4 * 16 + 16 + 16 * 3 + 3, NetworkBuilder.build(mlp, List.of(4), 1, true).model().numParams());
        Subject cnn = one("adam", 0.001, "categorical_crossentropy", conv(4, 3, "relu"), batchNorm(), averagePoolThenFlatten()[0],
                averagePoolThenFlatten()[1], dense(5, "relu").noBias(), activation("relu"), dense(4, "softmax"));
        // conv 3·3·2·4 + 4; batch norm 4·4 (gamma, beta, moving mean, moving variance); dense 9·4·5 (no bias); dense 5·4 + 4
        long expected = 3 * 3 * 2 * 4 + 4 + 4 * 4 + 3 * 3 * 4 * 5 + 5 * 4 + 4;
        assertEquals(expected, NetworkBuilder.build(cnn, IMAGES.inputShape(), 1, true).model().numParams());
        assertTrue(Double.isFinite(oneStep(cnn, IMAGES).epochs().get(0).trainLoss()));
    }

    private static L[] averagePoolThenFlatten() {
        return new L[]{avgPool(2), flatten()};
    }

    @Test
    void layerMapKeepsKerasIndices() {
        Subject cnn = one("adam", 0.001, "categorical_crossentropy", conv(4, 3, "relu"), maxPool(2), flatten(), dropout(0.5),
                dense(4, "linear"), activation("softmax"));
        LayerMap map = NetworkBuilder.build(cnn, IMAGES.inputShape(), 1, true).layers();
        assertEquals(List.of(0, 1, -1, 2, 3, 4), map.dl4jLayer());
        assertEquals(List.of(0, 1, 1, 2, 3, 4), map.outputOf());
        assertEquals(5, map.lossLayer());
        assertEquals(3, map.kerasIndexOf(2));
    }

    @Test
    void flattenFollowsKerasChannelsLastOrder() {
        Subject s = subject("regression", training("sgd", 0.0, "mean_squared_error", 1, 1),
                flatten(), dense(8, "linear").kernelInit(Initializer.named("identity")));
        Network net = NetworkBuilder.build(s, List.of(2, 2, 2), 1, true);
        INDArray x = Nd4j.create(DataType.FLOAT, 1, 2, 2, 2);
        for (int h = 0; h < 2; h++) for (int w = 0; w < 2; w++) for (int c = 0; c < 2; c++) x.putScalar(new long[]{0, h, w, c}, 100 * h + 10 * w + c);
        float[] out = net.model().output(x, false).toFloatVector();
        assertArrayEquals(new float[]{0, 1, 10, 11, 100, 101, 110, 111}, out);
    }

    @Test
    void initializersFollowKerasFans() {
        // conv kernel 3x3, 2 -> 4 channels: Keras fan_in 18, fan_out 36 (no stride division)
        Subject conv = one("sgd", 0.01, "categorical_crossentropy", conv(4, 3, "relu").kernelInit(Initializer.named("he_uniform")),
                flatten(), dense(4, "softmax").kernelInit(Initializer.named("glorot_uniform")));
        Network net = NetworkBuilder.build(conv, IMAGES.inputShape(), 1, true);
        double heLimit = Math.sqrt(6.0 / 18);
        double convMax = Transforms.abs(net.model().getLayer(0).getParam("W"), true).maxNumber().doubleValue();
        assertTrue(convMax <= heLimit && convMax > 0.8 * heLimit, "conv max " + convMax + " limit " + heLimit);
        double glorotLimit = Math.sqrt(6.0 / (36 * 4 + 4));
        double denseMax = Transforms.abs(net.model().getLayer(1).getParam("W"), true).maxNumber().doubleValue();
        assertTrue(denseMax <= glorotLimit && denseMax > 0.8 * glorotLimit, "dense max " + denseMax);
    }

    @Test
    void everyInitializerDrawsWhatKerasWould() {
        long[] shape = {40, 30};
        assertEquals(0.0, sample("zeros", Map.of(), shape).maxNumber().doubleValue());
        assertEquals(1.0, sample("ones", Map.of(), shape).minNumber().doubleValue());
        assertEquals(0.5, sample("constant", Map.of("value", 0.5), shape).meanNumber().doubleValue(), 1e-6);
        INDArray u = sample("random_uniform", Map.of("minval", 2.0, "maxval", 3.0), shape);
        assertTrue(u.minNumber().doubleValue() >= 2 && u.maxNumber().doubleValue() <= 3);
        INDArray n = sample("random_normal", Map.of("mean", 1.0, "stddev", 0.1), shape);
        assertEquals(1.0, n.meanNumber().doubleValue(), 0.02);
        assertEquals(0.1, n.stdNumber().doubleValue(), 0.02);
        INDArray t = sample("truncated_normal", Map.of("mean", 0.0, "stddev", 1.0), shape);
        assertTrue(Transforms.abs(t, true).maxNumber().doubleValue() <= 2.0);
        for (String name : List.of("glorot_normal", "he_normal", "lecun_normal", "lecun_uniform", "he_uniform", "variance_scaling")) {
            INDArray w = sample(name, Map.of(), shape);
            double fanIn = 40;
            double expectedStd = switch (name) {
                case "glorot_normal" -> Math.sqrt(2.0 / 70);
                case "he_normal", "he_uniform" -> Math.sqrt(2.0 / fanIn);
                default -> Math.sqrt(1.0 / fanIn);
            };
            assertEquals(expectedStd, w.stdNumber().doubleValue(), 0.15 * expectedStd, name);
        }
        INDArray q = sample("orthogonal", Map.of(), new long[]{30, 20});
        INDArray gram = q.transpose().mmul(q);
        assertTrue(gram.sub(Nd4j.eye(20).castTo(gram.dataType())).norm2Number().doubleValue() < 1e-4);
    }

    private static INDArray sample(String name, Map<String, Double> params, long[] shape) {
        return KerasInitializer.of(new Initializer(name, params), "test").sample(shape);
    }

    @Test
    void nonConstantBiasInitializersAreWrittenIntoTheParameters() {
        Subject s = one("sgd", 0.01, "categorical_crossentropy",
                dense(50, "relu").biasInit(new Initializer("random_normal", Map.of("mean", 0.0, "stddev", 1.0))), dense(3, "softmax"));
        INDArray b = NetworkBuilder.build(s, List.of(4), 1, true).model().getLayer(0).getParam("b");
        assertTrue(b.stdNumber().doubleValue() > 0.5, "bias std " + b.stdNumber());
    }

    @Test
    void kerasL2FactorBecomesTwiceDl4jsSoThePenaltyMatches() {
        Subject s = one("sgd", 0.01, "categorical_crossentropy",
                dense(3, "softmax").regularizer(new Regularizer(0.0, 0.01)));
        Network net = NetworkBuilder.build(s, List.of(4), 1, true);
        double sumSquares = net.model().getLayer(0).getParam("W").norm2Number().doubleValue();
        sumSquares *= sumSquares;
        assertEquals(0.01 * sumSquares, net.model().calcRegularizationScore(true), 1e-6);
    }

    @Test
    void hardSigmoidIsKeras2sClip() {
        INDArray x = Nd4j.createFromArray(-3f, 0f, 1f, 3f);
        INDArray y = KerasActivations.of("hard_sigmoid", "t").getActivation(x, false);
        assertArrayEquals(new float[]{0f, 0.5f, 0.7f, 1f}, y.toFloatVector(), 1e-6f);
        INDArray e = KerasActivations.of("exponential", "t").getActivation(Nd4j.createFromArray(0f, 1f), false);
        assertArrayEquals(new float[]{1f, (float) Math.E}, e.toFloatVector(), 1e-6f);
    }

    @Test
    void categoricalCrossEntropyNormalisesAndClipsLikeKerasOnLinearOutputs() {
        var loss = KerasCrossEntropy.categorical();
        var identity = KerasActivations.of("linear", "t");
        INDArray out = Nd4j.createFromArray(new float[][]{{2f, -1f, 1f}});
        // sum 2 -> p = [1, -0.5, 0.5] -> clipped [1-1e-7, 1e-7, 0.5]
        assertEquals(-Math.log(0.5), loss.computeScore(Nd4j.createFromArray(new float[][]{{0, 0, 1}}), out, identity, null, true), 1e-5);
        assertEquals(-Math.log(1e-7), loss.computeScore(Nd4j.createFromArray(new float[][]{{0, 1, 0}}), out, identity, null, true), 1e-2);
    }

    @Test
    void crossEntropyGradientsMatchFiniteDifferences() {
        for (var loss : List.of(KerasCrossEntropy.categorical(), KerasCrossEntropy.binary())) {
            for (String act : List.of("softmax", "sigmoid", "softsign")) {
                var f = KerasActivations.of(act, "t");
                INDArray z = Nd4j.createFromArray(new double[][]{{0.3, -0.2, 0.8}, {1.1, 0.4, -0.6}});
                INDArray y = Nd4j.createFromArray(new double[][]{{0, 1, 0}, {1, 0, 0}});
                INDArray g = loss.computeGradient(y, z.dup(), f, null);
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 3; j++) {
                        double h = 1e-5;
                        INDArray zp = z.dup();
                        zp.putScalar(i, j, z.getDouble(i, j) + h);
                        INDArray zm = z.dup();
                        zm.putScalar(i, j, z.getDouble(i, j) - h);
                        double numeric = (loss.computeScore(y, zp, f, null, false) - loss.computeScore(y, zm, f, null, false)) / (2 * h);
                        assertEquals(numeric, g.getDouble(i, j), 1e-4, loss + " " + act + " [" + i + "," + j + "]");
                    }
                }
            }
        }
    }

    @Test
    void unsupportedModelsAreUserErrorsNamingTheField() {
        assertMessage("/layers/1", () -> NetworkBuilder.check(one("adam", 0.001, "categorical_crossentropy",
                conv(4, 3, "relu"), dense(3, "softmax")), IMAGES.inputShape()));
        assertMessage("/layers/0/activation", () -> NetworkBuilder.check(one("adam", 0.001, "categorical_crossentropy",
                dense(4, "relux"), dense(3, "softmax")), List.of(4)));
        assertMessage("/training/loss", () -> NetworkBuilder.check(one("adam", 0.001, "huber", dense(3, "softmax")), List.of(4)));
        assertMessage("/training/momentum", () -> NetworkBuilder.check(classifier(
                training("rmsprop", 0.001, "categorical_crossentropy", 8, 1, Map.of("momentum", 0.5)), dense(3, "softmax")), List.of(4)));
        assertMessage("/layers/0", () -> NetworkBuilder.check(one("adam", 0.001, "categorical_crossentropy",
                conv(4, 9, "relu"), flatten(), dense(3, "softmax")), IMAGES.inputShape()));
        assertMessage("/layers/1/rate", () -> NetworkBuilder.check(one("adam", 0.001, "categorical_crossentropy",
                dense(4, "relu"), dropout(1.0), dense(3, "softmax")), List.of(4)));
        assertMessage("training labels", () -> Trainer.train(one("adam", 0.001, "categorical_crossentropy",
                dense(2, "softmax")), BLOBS, 1));
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable e) {
        UserError error = assertThrows(UserError.class, e);
        assertTrue(error.getMessage().contains(fragment), error.getMessage());
    }
}
