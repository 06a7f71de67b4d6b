package dev.dnnfl.rules;

import dev.dnnfl.spec.FaultType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.dnnfl.rules.Layers.activationLayer;
import static dev.dnnfl.rules.Layers.avgPool;
import static dev.dnnfl.rules.Layers.batchNorm;
import static dev.dnnfl.rules.Layers.conv2d;
import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.Layers.dropout;
import static dev.dnnfl.rules.Layers.flatten;
import static dev.dnnfl.rules.Layers.maxPool;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static dev.dnnfl.rules.TestRules.faults;
import static dev.dnnfl.rules.TestRules.ruleNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test where each NeuraLint rule fires and one where it does not; thresholds on their bounds. */
class NeuralintRulesTest {
    private static List<Finding> nl(Object... facts) {
        return TestRules.SHARED.fire(RulePack.NEURALINT, facts);
    }

    /** A small clean CNN: nothing for NeuraLint to say. */
    private static NetworkBuilder cleanCnn() {
        return network(28, 28, 1).add(conv2d(8, 3).activation("relu"), maxPool(2), flatten(),
                dense(10).activation("softmax"));
    }

    /** A small clean MLP for 3 classes. */
    private static NetworkBuilder mlp(LayerBuilder hidden, LayerBuilder output) {
        return network(20).add(hidden, output);
    }

    private static List<Finding> only(List<Finding> found, String rule) {
        return found.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aCleanCnnHasNoFinding() {
        assertEquals(List.of(), nl(cleanCnn()));
    }

    @Test
    void aCleanMlpHasNoFinding() {
        assertEquals(List.of(), nl(mlp(dense(16).activation("relu"), dense(3).activation("softmax"))));
    }

    // R1
    @Test
    void zerosKernelFiresR1OnThatLayer() {
        List<Finding> found = nl(mlp(dense(16).activation("relu").kernelInit("zeros"), dense(3).activation("softmax")));
        assertEquals(List.of("NL R1 constant weight initialisation"), ruleNames(found));
        assertEquals(List.of("WCI(0)"), faults(found));
        assertEquals("f004", found.get(0).evidence().get("code"));
    }

    @Test
    void randomNormalWithZeroSpreadIsConstantOnTheBound() {
        List<Finding> found = nl(mlp(dense(16).activation("relu").kernelInit("random_normal", Map.of("stddev", 0.0)),
                dense(3).activation("softmax")));
        assertEquals(List.of("NL R1 constant weight initialisation"), ruleNames(found));
    }

    @Test
    void randomNormalWithSomeSpreadDoesNotFireR1() {
        assertEquals(List.of(), nl(mlp(dense(16).activation("relu").kernelInit("random_normal", Map.of("stddev", 1e-6)),
                dense(3).activation("softmax"))));
    }

    // R2
    @Test
    void onesBiasFiresR2() {
        List<Finding> found = nl(mlp(dense(16).activation("relu"), dense(3).activation("softmax").biasInit("ones")));
        assertEquals(List.of("NL R2 non-zero bias initialisation"), ruleNames(found));
        assertEquals(List.of("BCI(1)"), faults(found));
    }

    @Test
    void zeroConstantBiasOrNoBiasDoesNotFireR2() {
        assertEquals(List.of(), nl(mlp(dense(16).activation("relu").biasInit("constant", Map.of("value", 0.0)),
                dense(3).activation("softmax").biasInit("ones").noBias())));
    }

    // R3
    @Test
    void hiddenDenseWithoutActivationFiresR3() {
        List<Finding> found = nl(mlp(dense(16), dense(3).activation("softmax")));
        assertEquals(List.of("NL R3 learning layer without non-linear activation"), ruleNames(found));
        assertEquals(List.of("ACH(0)"), faults(found));
    }

    @Test
    void linearCountsAsNoActivationForR3() {
        assertEquals(List.of("NL R3 learning layer without non-linear activation"),
                ruleNames(nl(mlp(dense(16).activation("linear"), dense(3).activation("softmax")))));
    }

    @Test
    void anActivationLayerBeforeTheNextLearningLayerSatisfiesR3EvenFarAway() {
        assertEquals(List.of(), nl(network(20).add(dense(16).noBias(), batchNorm(), dropout(0.2), dropout(0.1),
                activationLayer("relu"), dense(3).activation("softmax"))));
    }

    // R4a
    @Test
    void linearMultiClassOutputWithCategoricalLossFiresR4a() {
        List<Finding> found = nl(mlp(dense(16).activation("relu"), dense(3)));
        assertEquals(List.of("NL R4a missing softmax on a multi-class output"), ruleNames(found));
        assertEquals(List.of("ACH(1)"), faults(found));
    }

    @Test
    void softmaxInASeparateActivationLayerSatisfiesR4a() {
        assertEquals(List.of(), nl(network(20).add(dense(16).activation("relu"), dense(3), activationLayer("softmax"))));
    }

    // R4b
    @Test
    void singleLinearUnitWithBinaryCrossEntropyFiresR4b() {
        List<Finding> found = nl(mlp(dense(16).activation("relu"), dense(1)).loss("binary_crossentropy"));
        assertEquals(List.of("NL R4b missing sigmoid on a binary output"), ruleNames(found));
        assertEquals(List.of("ACH(1)"), faults(found));
    }

    @Test
    void singleSigmoidUnitWithBinaryCrossEntropyDoesNotFireR4b() {
        assertEquals(List.of(), nl(mlp(dense(16).activation("relu"), dense(1).activation("sigmoid")).loss("binary_crossentropy")));
    }

    // R4c
    @Test
    void softmaxOnOneUnitFiresR4c() {
        List<Finding> found = nl(mlp(dense(16).activation("relu"), dense(1).activation("softmax")).loss("mean_squared_error"));
        assertTrue(ruleNames(found).contains("NL R4c softmax on a single output unit"), ruleNames(found).toString());
        assertEquals(List.of("ACH(1)"), faults(only(found, "NL R4c softmax on a single output unit")));
    }

    @Test
    void softmaxOnTwoUnitsDoesNotFireR4c() {
        assertTrue(only(nl(mlp(dense(16).activation("relu"), dense(2).activation("softmax"))),
                "NL R4c softmax on a single output unit").isEmpty());
    }

    // R5
    @Test
    void reluDenseFollowedBySigmoidLayerFiresR5OnTheActivationLayer() {
        List<Finding> found = nl(network(20).add(dense(16).activation("relu"), activationLayer("sigmoid"),
                dense(3).activation("softmax")));
        assertEquals(List.of("NL R5 redundant activation"), ruleNames(found));
        assertEquals(List.of("LAD(1)"), faults(found));
    }

    @Test
    void reluDenseFollowedByLinearLayerDoesNotFireR5() {
        assertEquals(List.of(), nl(network(20).add(dense(16).activation("relu"), activationLayer("linear"),
                dense(3).activation("softmax"))));
    }

    // R6a
    @Test
    void convolutionOnAFlatInputFiresR6a() {
        List<Finding> found = nl(network(784).add(conv2d(8, 3).activation("relu"), maxPool(2), flatten(),
                dense(10).activation("softmax")));
        assertTrue(ruleNames(found).contains("NL R6a missing reshape before a spatial layer"), ruleNames(found).toString());
        assertEquals(List.of("LRM(0)"), faults(only(found, "NL R6a missing reshape before a spatial layer")));
    }

    @Test
    void convolutionOnAnImageDoesNotFireR6a() {
        assertEquals(List.of(), nl(cleanCnn()));
    }

    // R6b
    @Test
    void denseAfterPoolingWithoutFlattenFiresR6bAtAnyDistance() {
        List<Finding> found = nl(network(28, 28, 1).add(conv2d(8, 3).activation("relu"), maxPool(2), dropout(0.2),
                batchNorm(), dropout(0.1), dense(10).activation("softmax")));
        assertTrue(ruleNames(found).contains("NL R6b missing flatten before a dense layer"), ruleNames(found).toString());
        assertEquals(List.of("LRM(5)"), faults(only(found, "NL R6b missing flatten before a dense layer")));
    }

    @Test
    void denseAfterFlattenDoesNotFireR6b() {
        assertTrue(only(nl(cleanCnn()), "NL R6b missing flatten before a dense layer").isEmpty());
    }

    // R9a: 2x2 input, pool 2 gives 1 (on the bound: fine); pool 3 gives 0 (below).
    @Test
    void poolingToExactlyTheMinimumSizeDoesNotFireR9a() {
        assertEquals(List.of(), nl(network(4, 4, 1).add(conv2d(4, 3).activation("relu"), maxPool(2), flatten(),
                dense(2).activation("softmax"))));
    }

    @Test
    void poolingBelowTheMinimumSizeFiresR9a() {
        List<Finding> found = nl(network(4, 4, 1).add(conv2d(4, 3).activation("relu"), maxPool(3), flatten(),
                dense(2).activation("softmax")));
        assertEquals(List.of("NL R9a pooling larger than its feature map"), ruleNames(found));
        assertEquals(List.of("LCF(1)"), faults(found));
    }

    // R9b: 5x5 input, kernel 5 gives 1 (fine), kernel 6 gives 0 (fires).
    @Test
    void kernelAsLargeAsTheInputDoesNotFireR9b() {
        assertEquals(List.of(), nl(network(5, 5, 1).add(conv2d(4, 5).activation("relu"), maxPool(1), flatten(),
                dense(2).activation("softmax"))));
    }

    @Test
    void kernelLargerThanTheInputFiresR9bOnlyOnTheFirstShrinkingLayer() {
        List<Finding> found = nl(network(5, 5, 1).add(conv2d(4, 6).activation("relu"), maxPool(2), flatten(),
                dense(2).activation("softmax")));
        assertEquals(List.of("NL R9b kernel larger than its feature map"), ruleNames(found));
        assertEquals(List.of("LCF(0)"), faults(found));
    }

    @Test
    void samePaddingKeepsTheFeatureMapForR9b() {
        assertEquals(List.of(), nl(network(5, 5, 1).add(conv2d(4, 6).activation("relu").padding("same"), maxPool(1), flatten(),
                dense(2).activation("softmax"))));
    }

    // R12: one epoch is on the bound.
    @Test
    void zeroEpochsFiresR12() {
        List<Finding> found = nl(cleanCnn().epochs(0));
        assertEquals(List.of("NL R12 training does not iterate"), ruleNames(found));
        assertEquals(List.of("HNE"), faults(found));
        assertEquals("increase", found.get(0).direction().orElseThrow());
    }

    @Test
    void oneEpochDoesNotFireR12() {
        assertEquals(List.of(), nl(cleanCnn().epochs(1)));
    }

    // R13
    @Test
    void meanAbsoluteErrorOnASoftmaxOutputFiresR13() {
        List<Finding> found = nl(mlp(dense(16).activation("relu"), dense(3).activation("softmax")).loss("mean_absolute_error"));
        assertEquals(List.of("NL R13 loss on raw values after an activation"), ruleNames(found));
        assertEquals(List.of("LCH"), faults(found));
    }

    @Test
    void meanSquaredErrorOnALinearOutputDoesNotFireR13() {
        assertEquals(List.of(), nl(mlp(dense(16).activation("relu"), dense(1)).task("regression").loss("mean_squared_error")));
    }

    // R14
    @Test
    void binaryCrossEntropyOnWideSigmoidFiresR14a() {
        List<Finding> found = nl(mlp(dense(64).activation("relu"), dense(32).activation("sigmoid")).loss("binary_crossentropy"));
        assertEquals(List.of("NL R14a binary cross-entropy without one sigmoid unit"), ruleNames(found));
        assertEquals(List.of("LCH"), faults(found));
    }

    @Test
    void binaryCrossEntropyOnOneTanhUnitFiresR14aAndR4b() {
        List<Finding> found = nl(mlp(dense(16).activation("relu"), dense(1).activation("tanh")).loss("binary_crossentropy"));
        assertEquals(java.util.Set.of("NL R14a binary cross-entropy without one sigmoid unit", "NL R4b missing sigmoid on a binary output"),
                java.util.Set.copyOf(ruleNames(found)));
    }

    @Test
    void categoricalCrossEntropyOnOneSoftmaxUnitFiresR14bAndR4c() {
        List<Finding> found = nl(mlp(dense(16).activation("relu"), dense(1).activation("softmax")));
        assertEquals(java.util.Set.of("NL R14b categorical cross-entropy without softmax over the classes", "NL R4c softmax on a single output unit"),
                java.util.Set.copyOf(ruleNames(found)));
    }

    @Test
    void categoricalCrossEntropyOnSigmoidFiresR14bAndR4a() {
        List<Finding> found = nl(mlp(dense(16).activation("relu"), dense(3).activation("sigmoid")));
        assertEquals(java.util.Set.of("NL R4a missing softmax on a multi-class output", "NL R14b categorical cross-entropy without softmax over the classes"),
                java.util.Set.copyOf(ruleNames(found)));
    }

    @Test
    void sparseCategoricalCrossEntropyOnSoftmaxDoesNotFireR14b() {
        assertEquals(List.of(), nl(mlp(dense(16).activation("relu"), dense(3).activation("softmax"))
                .loss("sparse_categorical_crossentropy")));
    }

    // R15
    @Test
    void denseWithBiasBeforeBatchNormFiresR15() {
        List<Finding> found = nl(network(20).add(dense(16).activation("relu"), batchNorm(), dense(3).activation("softmax")));
        assertEquals(List.of("NL R15 bias before batch normalisation"), ruleNames(found));
        assertEquals(List.of("BCI(0)"), faults(found));
    }

    @Test
    void batchNormAfterTheNextLearningLayerDoesNotFireR15OnTheFirst() {
        List<Finding> found = nl(network(20).add(dense(16).activation("relu"), dense(8).activation("relu").noBias(),
                batchNorm(), dense(3).activation("softmax")));
        assertTrue(only(found, "NL R15 bias before batch normalisation").isEmpty(), ruleNames(found).toString());
    }

    // R16: one activation layer in between is on the bound, two are beyond it.
    @Test
    void dropoutThenActivationThenBatchNormFiresR16() {
        List<Finding> found = nl(network(20).add(dense(16).noBias(), dropout(0.5), activationLayer("relu"), batchNorm(),
                dense(3).activation("softmax")));
        assertEquals(List.of("NL R16 dropout before batch normalisation"), ruleNames(found));
        assertEquals(List.of("LAD(1)"), faults(found));
    }

    @Test
    void twoActivationLayersBetweenDropoutAndBatchNormDoNotFireR16() {
        List<Finding> found = nl(network(20).add(dense(16).noBias(), dropout(0.5), activationLayer("relu"),
                activationLayer("relu"), batchNorm(), dense(3).activation("softmax")));
        assertTrue(only(found, "NL R16 dropout before batch normalisation").isEmpty(), ruleNames(found).toString());
    }

    // R17
    @Test
    void dropoutBeforeAveragePoolingFiresR17() {
        List<Finding> found = nl(network(28, 28, 1).add(conv2d(8, 3).activation("relu"), dropout(0.25), avgPool(2),
                flatten(), dense(10).activation("softmax")));
        assertEquals(List.of("NL R17 dropout before pooling"), ruleNames(found));
        assertEquals(List.of("LAD(1)"), faults(found));
    }

    @Test
    void dropoutAfterPoolingDoesNotFireR17() {
        assertEquals(List.of(), nl(network(28, 28, 1).add(conv2d(8, 3).activation("relu"), maxPool(2), dropout(0.25),
                flatten(), dense(10).activation("softmax"))));
    }

    // R18
    @Test
    void smallerLaterKernelFiresR18OnTheEarlierConvolution() {
        List<Finding> found = nl(network(28, 28, 1).add(conv2d(8, 3).activation("relu"), conv2d(8, 2).activation("relu"),
                maxPool(2), flatten(), dense(10).activation("softmax")));
        assertEquals(List.of("NL R18 kernel size decreases"), ruleNames(found));
        assertEquals(List.of("LCF(0)"), faults(found));
    }

    @Test
    void equalKernelsDoNotFireR18() {
        assertEquals(List.of(), nl(network(28, 28, 1).add(conv2d(8, 3).activation("relu"), conv2d(8, 3).activation("relu"),
                maxPool(2), flatten(), dense(10).activation("softmax"))));
    }

    // R19
    @Test
    void widerLaterDenseFiresR19() {
        List<Finding> found = nl(network(20).add(dense(8).activation("relu"), dense(16).activation("relu"),
                dense(3).activation("softmax")));
        assertEquals(List.of("NL R19 dense width increases"), ruleNames(found));
        assertEquals(List.of("LCN(0)"), faults(found));
    }

    @Test
    void equalWidthsDoNotFireR19() {
        assertEquals(List.of(), nl(network(20).add(dense(16).activation("relu"), dense(16).activation("relu"),
                dense(3).activation("softmax"))));
    }

    // R20
    @Test
    void fewerLaterFiltersFiresR20() {
        List<Finding> found = nl(network(28, 28, 1).add(conv2d(32, 3).activation("relu"), maxPool(2),
                conv2d(16, 3).activation("relu"), maxPool(2), flatten(), dense(10).activation("softmax")));
        assertEquals(List.of("NL R20 filter count decreases"), ruleNames(found));
        assertEquals(List.of("LCN(0)"), faults(found));
    }

    @Test
    void moreLaterFiltersDoNotFireR20() {
        assertEquals(List.of(), nl(network(28, 28, 1).add(conv2d(16, 3).activation("relu"), maxPool(2),
                conv2d(32, 3).activation("relu"), maxPool(2), flatten(), dense(10).activation("softmax"))));
    }

    // R21a
    @Test
    void convolutionWithoutLaterPoolingFiresR21aOnce() {
        List<Finding> found = nl(network(28, 28, 1).add(conv2d(8, 3).activation("relu"), maxPool(2),
                conv2d(8, 3).activation("relu"), conv2d(8, 3).activation("relu"), flatten(), dense(10).activation("softmax")));
        assertEquals(List.of("NL R21a lack of pooling"), ruleNames(found));
        assertEquals(List.of("LRM"), faults(found));
        assertEquals(2, found.get(0).evidence().get("convolution"));
    }

    @Test
    void averagePoolingAfterTheLastConvolutionSatisfiesR21a() {
        assertEquals(List.of(), nl(network(28, 28, 1).add(conv2d(8, 3).activation("relu"), avgPool(2), flatten(),
                dense(10).activation("softmax"))));
    }

    /** A deep CNN: {@code blocks} blocks of {@code perBlock} 3x3 convolutions, each followed by a pooling. */
    private static NetworkBuilder deepCnn(int blocks, int perBlock, boolean max) {
        NetworkBuilder n = network(64, 64, 3);
        for (int b = 0; b < blocks; b++) {
            for (int c = 0; c < perBlock; c++) n.add(conv2d(16, 3).activation("relu").padding("same"));
            n.add(max ? maxPool(2) : avgPool(2));
        }
        return n.add(flatten(), dense(10).activation("softmax"));
    }

    // R21b: 10 convolutions and pooling layers are deep (on the bound), 9 are not.
    @Test
    void deepCnnWithOnlyAveragePoolingFiresR21b() {
        List<Finding> found = nl(deepCnn(5, 1, false));
        assertEquals(List.of("NL R21b ineffective pooling"), ruleNames(found));
        assertEquals(List.of("LRM"), faults(found));
    }

    @Test
    void shallowCnnWithOnlyAveragePoolingDoesNotFireR21b() {
        List<Finding> found = nl(network(64, 64, 3).add(
                conv2d(16, 3).activation("relu").padding("same"), conv2d(16, 3).activation("relu").padding("same"), avgPool(2),
                conv2d(16, 3).activation("relu").padding("same"), conv2d(16, 3).activation("relu").padding("same"), avgPool(2),
                conv2d(16, 3).activation("relu").padding("same"), conv2d(16, 3).activation("relu").padding("same"), avgPool(2),
                flatten(), dense(10).activation("softmax")));
        assertEquals(List.of(), found);
    }

    // R22
    @Test
    void deepCnnPoolingAfterEverySingleConvolutionFiresR22ExceptTheLastBlock() {
        List<Finding> found = nl(deepCnn(5, 1, true));
        assertEquals(List.of("LAD(1,3,5,7)"), faults(List.of(localised(found))));
    }

    @Test
    void deepCnnWithBlocksOfTwoDoesNotFireR22() {
        assertEquals(List.of(), nl(deepCnn(4, 2, true)));
    }

    // R23
    @Test
    void deepCnnBlockWithMixedKernelsFiresR23a() {
        NetworkBuilder n = network(64, 64, 3);
        for (int b = 0; b < 4; b++) {
            n.add(conv2d(16, 3).activation("relu").padding("same"), conv2d(16, 3).activation("relu").padding("same"));
            n.add(maxPool(2));
        }
        n.add(conv2d(16, 3).activation("relu").padding("same"), conv2d(16, 5).activation("relu").padding("same"), maxPool(2));
        List<Finding> found = nl(n.add(flatten(), dense(10).activation("softmax")));
        assertEquals(List.of("NL R23a block with mixed kernel sizes"), ruleNames(found));
        assertEquals(List.of("LCF(13)"), faults(found));
    }

    @Test
    void deepCnnBlockWithMixedFiltersFiresR23bButNotAcrossBlocks() {
        NetworkBuilder n = network(64, 64, 3);
        for (int b = 0; b < 4; b++) {
            // filters double from block to block: homogeneous inside each block
            n.add(conv2d(8 << b, 3).activation("relu").padding("same"), conv2d(8 << b, 3).activation("relu").padding("same"));
            n.add(maxPool(2));
        }
        n.add(conv2d(64, 3).activation("relu").padding("same"), conv2d(128, 3).activation("relu").padding("same"), maxPool(2));
        List<Finding> found = nl(n.add(flatten(), dense(10).activation("softmax")));
        assertEquals(List.of("NL R23b block with mixed filter counts"), ruleNames(found));
        assertEquals(List.of("LCN(13)"), faults(found));
    }

    private static Finding localised(List<Finding> found) {
        Localisation l = Localisation.of("NL", found);
        assertEquals(1, l.faults().groups().size(), l.faults().toString());
        Finding first = found.get(0);
        return new Finding(first.technique(), first.rule(), first.severity(),
                java.util.Optional.of(l.faults().faults().get(0)), first.direction(), first.message(), first.fix(),
                Map.of(), first.epoch(), first.iteration());
    }

    @Test
    void everyNeuralintFindingNamesItsReferenceCode() {
        List<Finding> found = nl(network(20).add(dense(8).kernelInit("ones"), dense(16).activation("relu"), dense(3)));
        assertTrue(found.size() >= 3);
        for (Finding f : found) assertTrue(String.valueOf(f.evidence().get("code")).matches("f0\\d\\d"), f.toString());
        assertEquals(FaultType.WCI, only(found, "NL R1 constant weight initialisation").get(0).fault().orElseThrow().type());
    }
}
