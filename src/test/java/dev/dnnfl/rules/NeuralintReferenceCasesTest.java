package dev.dnnfl.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.dnnfl.rules.Layers.conv2d;
import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.Layers.flatten;
import static dev.dnnfl.rules.Layers.maxPool;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Keras conformance cases of the NeuraLint specification (§12), with the outcome of the
 * corrected rules: where the reference output differs, the comment says why (rules/README.md).
 */
class NeuralintReferenceCasesTest {
    private static String localisation(NetworkBuilder subject) {
        return Localisation.of("NL", TestRules.SHARED.fire(RulePack.NEURALINT, subject)).faults().toString();
    }

    private static Set<String> rules(NetworkBuilder subject) {
        return Set.copyOf(TestRules.ruleNames(TestRules.SHARED.fire(RulePack.NEURALINT, subject)));
    }

    @Test
    void linearTenUnitOutputWithCategoricalLossIsAMissingSoftmax() {
        // reference: nothing (f008 knows only TF's log_loss); corrected R4a names the output layer
        assertEquals("ACH(1)", localisation(network(20).add(dense(64).activation("relu"), dense(10))));
    }

    @Test
    void linearSingleUnitWithBinaryLossIsAMissingSigmoid() {
        // reference: Learner f012
        assertEquals(Set.of("NL R4b missing sigmoid on a binary output"),
                rules(network(20).add(dense(64).activation("relu"), dense(1)).loss("binary_crossentropy")));
    }

    @Test
    void cifarLikeCnnWithOnesKernelAndLinearOutput() {
        // reference: Learner f020, Architecture f002, Layer 4 (Keras 2) f004. Corrected: the linear
        // output is no activation, so R4a (ACH of the output) replaces f020 (LCH).
        NetworkBuilder cnn = network(32, 32, 3).add(conv2d(32, 3).activation("relu"), maxPool(2),
                conv2d(64, 3).activation("relu").kernelInit("ones"), maxPool(2), conv2d(128, 3).activation("relu"),
                flatten(), dense(256).activation("relu"), dense(10).activation("linear"));
        assertEquals(Set.of("NL R1 constant weight initialisation", "NL R21a lack of pooling",
                "NL R4a missing softmax on a multi-class output"), rules(cnn));
        assertEquals(Set.of("WCI(2)", "LRM", "ACH(7)"),
                Set.copyOf(List.of(localisation(cnn).split(", "))));
    }

    @Test
    void denseStackWithConstantInitialisersAndNoActivations() {
        // reference: Learner f020; Layer 1: f004, f009, f024; Layer 2: f004 (the Constant(0.1)
        // object on the third dense is missed). Corrected: the object is caught (WCI on 0, 1, 2),
        // 'Zeros' is a zero bias (no f024), and the relu output gives R4a (ACH) and R14b (LCH).
        NetworkBuilder mlp = network(20).add(
                dense(64).kernelInit("ones").biasInit("Zeros"),
                dense(32).kernelInit("constant"),
                dense(16).kernelInit("constant", Map.of("value", 0.1)).noBias(),
                dense(10).activation("relu"));
        assertEquals(Set.of("WCI(0,1,2)", "ACH(0,1,2,3)", "LCH"), Set.copyOf(List.of(localisation(mlp).split(", "))));
        assertEquals(Set.of("NL R1 constant weight initialisation", "NL R3 learning layer without non-linear activation",
                "NL R4a missing softmax on a multi-class output",
                "NL R14b categorical cross-entropy without softmax over the classes"), rules(mlp));
    }
}
