package dev.dnnfl.data;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A measurement, not part of the suite (it trains networks for minutes on 2 cores): the
 * synthetic stand-ins are learnable by a small MLP, as the benchmark's stand-ins must be, and
 * Fashion-MNIST subsets load quickly. Run with
 * {@code mvn -B -o test -Dtest=LearnabilityMeasurementTest -Ddnnfl.measure=true}.
 */
@EnabledIfSystemProperty(named = "dnnfl.measure", matches = "true")
class LearnabilityMeasurementTest {

    @Test
    void syntheticStandInsAreLearnedToAtLeastNinetyPercentByASmallMlp() {
        record Case(String name, DatasetSpecs spec, int hidden, int epochs) { }
        for (Case c : new Case[] {
            new Case("circles", DatasetSpecs.source("synthetic:circles").train(1000).test(300), 32, 30),
            new Case("blobs", DatasetSpecs.source("synthetic:blobs").train(1000).test(300), 32, 30),
            new Case("spirals", DatasetSpecs.source("synthetic:spirals").train(1000).test(300), 32, 30),
            new Case("topics (46, imbalance 1.3)", DatasetSpecs.source("synthetic:topics").parameter("classes", 46)
                    .parameter("imbalance", 1.3).train(3000).test(600), 64, 3),
            new Case("textures (scale_0_1)", DatasetSpecs.source("synthetic:textures").train(2000).test(500)
                    .step("scale_0_1"), 64, 10)}) {
            double accuracy = accuracy(c.spec().load(), c.hidden(), c.epochs());
            System.out.printf("%-28s test accuracy %.3f (MLP 2x%d relu, Adam 0.01, %d epochs)%n", c.name(), accuracy,
                    c.hidden(), c.epochs());
            assertTrue(accuracy >= 0.9, c.name() + " accuracy " + accuracy);
        }
    }

    @Test
    void fashionMnistSubsetsLoadInSeconds() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(FashionMnist.DEBIAN_HOME));
        long start = System.nanoTime();
        Dataset d = DatasetSpecs.source("fashion-mnist").train(6000).test(1000).validation(0.1).step("scale_0_1").load();
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("fashion-mnist 6000/1000 loaded in %.0f ms%n", ms);
        assertTrue(d.train().size() == 5400 && ms < 30_000);
    }

    private static double accuracy(Dataset d, int hidden, int epochs) {
        long in = d.train().features().length() / d.train().size();
        var conf = new NeuralNetConfiguration.Builder().seed(1).updater(new Adam(0.01)).weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(in).nOut(hidden).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(hidden).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(d.classes())
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.feedForward(in)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        var batches = new DataSet(d.train().features().reshape(d.train().size(), in), oneHot(d.train().labels(), d.classes()))
                .batchBy(32);
        for (int e = 0; e < epochs; e++) {
            batches.forEach(net::fit);
        }
        INDArray predicted = net.output(d.test().features().reshape(d.test().size(), in)).argMax(1);
        int correct = 0;
        for (int i = 0; i < d.test().size(); i++) {
            correct += predicted.getInt(i) == (int) d.test().labels().getDouble(i, 0) ? 1 : 0;
        }
        return correct / (double) d.test().size();
    }

    private static INDArray oneHot(INDArray labels, int classes) {
        INDArray out = Nd4j.zeros(labels.size(0), classes);
        for (int i = 0; i < labels.size(0); i++) {
            out.putScalar(i, (int) labels.getDouble(i, 0), 1);
        }
        return out;
    }
}
