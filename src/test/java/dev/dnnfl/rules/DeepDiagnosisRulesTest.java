package dev.dnnfl.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dnnfl.rules.Layers.activationLayer;
import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.Layers.flatten;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static dev.dnnfl.rules.TestRules.faults;
import static dev.dnnfl.rules.TestRules.ruleNames;
import static dev.dnnfl.rules.TrainingRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DeepDiagnosis symptom rules (R1–R14), one test where each fires and one where it does not. */
class DeepDiagnosisRulesTest {
    /** Layer 0 dense relu, layer 1 dense softmax (the output), categorical cross-entropy. */
    static NetworkBuilder classifier() {
        return network(4).add(dense(8).activation("relu"), dense(3).activation("softmax"));
    }

    static List<Finding> fire(TrainingRun run) {
        return TestRules.SHARED.fire(RulePack.DEEPDIAGNOSIS, run);
    }

    static List<String> rules(TrainingRun run) {
        return ruleNames(fire(run));
    }

    @Test
    void aHealthyRunConcludesNothing() {
        assertEquals(List.of(), rules(run(classifier(), 20)));
    }

    // R9 ORS -------------------------------------------------------------------------------------
    @Test
    void sigmoidOutputForACategoricalLossIsOutOfRangeR9() {
        List<Finding> found = fire(run(network(4).add(dense(8).activation("relu"), dense(3).activation("sigmoid"))
                .loss("categorical_crossentropy"), 3));
        // Labels are one-hot, inside sigmoid's range: only relu/linear outputs are out of range for a categorical loss.
        assertEquals(List.of(), ruleNames(found));
        List<Finding> relu = fire(run(network(4).add(dense(8).activation("relu"), dense(3).activation("relu")), 3));
        assertEquals(List.of("DD R9.1 last-layer output out of range, softmax expected"), ruleNames(relu));
        assertEquals(List.of("ACH(1)"), faults(relu));
        assertEquals(0, relu.get(0).epoch().getAsInt());
    }

    @Test
    void fusedSoftmaxOutputIsNeverOutOfRangeR9() {
        assertEquals(List.of(), rules(run(classifier(), 3)));
    }

    @Test
    void sigmoidOutputBelowRegressionTargetsIsOutOfRangeR9() {
        NetworkBuilder net = network(4).add(dense(8).activation("relu"), dense(1).activation("sigmoid"))
                .task("regression").loss("mean_squared_error");
        assertEquals(List.of("DD R9.2 last-layer output out of range, activation range"),
                rules(run(net, 3).labels(0.0, 5.0)));
        assertEquals(List.of(), rules(run(net, 3).labels(0.0, 1.0)));
    }

    @Test
    void linearOutputSpreadBeyondTenTimesTheTargetsIsOutOfRangeR9() {
        NetworkBuilder net = network(4).add(dense(8).activation("relu"), dense(1)).task("regression")
                .loss("mean_squared_error");
        assertEquals(List.of("DD R9.2 last-layer output out of range, activation range"),
                rules(run(net, 3).labels(0, 1).probe(1, 0, p -> { p.output.min = 0; p.output.max = 10.5; })));
        // Exactly 10 times the target spread is not beyond it.
        assertEquals(List.of(), rules(run(net, 3).labels(0, 1).probe(1, 0, p -> { p.output.min = 0; p.output.max = 10; })));
    }

    // R1 NS-FW -----------------------------------------------------------------------------------
    @Test
    void zeroOutputMeanIsANumericalErrorR1() {
        List<Finding> found = fire(run(classifier(), 5).probe(0, 2, p -> p.output.mean = 0.0));
        assertEquals(List.of("DD R1.4 numerical error in layer output, wrong activation"), ruleNames(found));
        assertEquals(List.of("ACH(0)"), faults(found));
        assertEquals(2, found.get(0).epoch().getAsInt());
    }

    @Test
    void nonFiniteOutputIsANumericalErrorR1() {
        assertEquals(List.of("DD R1.4 numerical error in layer output, wrong activation"),
                rules(run(classifier(), 5).probe(1, 3, p -> p.output.fractionNonFinite = 0.01)));
    }

    @Test
    void tinyButNonZeroOutputMeanIsNoNumericalError() {
        assertEquals(List.of(), rules(run(classifier(), 5).probe(0, 2, p -> p.output.mean = 1e-30)));
    }

    // R8 DNS -------------------------------------------------------------------------------------
    @Test
    void seventyPercentDeadReluOutputsInTheFinalEpochAreDeadNodesR8() {
        List<Finding> found = fire(run(classifier(), 5).probe(0, 4, p -> p.output.fractionZero = 0.7));
        assertEquals(List.of("DD R8.4 dead nodes, missing layer or wrong activation"), ruleNames(found));
        assertEquals(List.of("ACH(0)"), faults(found));
    }

    @Test
    void fewerDeadOutputsOrAnEarlierEpochAreNoDeadNodes() {
        assertEquals(List.of(), rules(run(classifier(), 5).probe(0, 4, p -> p.output.fractionZero = 0.69)));
        assertEquals(List.of(), rules(run(classifier(), 5).probe(0, 3, p -> p.output.fractionZero = 0.9)));
    }

    // R7 SAS -------------------------------------------------------------------------------------
    static NetworkBuilder sigmoidHidden() {
        return network(4).add(dense(8).activation("sigmoid"), dense(3).activation("softmax"));
    }

    @Test
    void mostOutputsSaturatedAtAWindowEndIsSaturationR7() {
        List<Finding> found = fire(run(sigmoidHidden(), 5).probe(0, 4, p -> p.output.fractionSaturated = 0.51));
        assertEquals(List.of("DD R7.4 saturated activation, missing layer or wrong activation"), ruleNames(found));
        assertEquals(List.of("ACH(0)"), faults(found));
    }

    @Test
    void halfTheOutputsSaturatedOrOffTheWindowEndIsNoSaturation() {
        assertEquals(List.of(), rules(run(sigmoidHidden(), 5).probe(0, 4, p -> p.output.fractionSaturated = 0.5)));
        assertEquals(List.of(), rules(run(sigmoidHidden(), 5).probe(0, 3, p -> p.output.fractionSaturated = 0.9)));
    }

    @Test
    void saturationOfASeparateActivationLayerIsPlacedOnIt() {
        NetworkBuilder net = network(4).add(dense(8), activationLayer("tanh"), dense(3).activation("softmax"));
        List<Finding> found = fire(run(net, 5).probe(1, 4, p -> p.output.fractionSaturated = 0.8));
        assertEquals(List.of("ACH(1)"), faults(found));
    }

    // R4 UCS-FW ----------------------------------------------------------------------------------
    @Test
    void outputUnchangedOverAWindowR4() {
        List<Finding> found = fire(run(classifier(), 5).probes(0, 0, 4, p -> p.output.mean = 0.25));
        assertEquals(List.of("DD R4.4 unchanged layer output, wrong optimiser"), ruleNames(found));
        assertEquals(List.of("OCH"), faults(found));
        assertEquals(4, found.get(0).epoch().getAsInt());
    }

    @Test
    void outputUnchangedForFourEpochsIsNoWindow() {
        assertEquals(List.of(), rules(run(classifier(), 5).probes(0, 1, 4, p -> p.output.mean = 0.25)));
    }

    @Test
    void unchangedOutputLayerPointsAtItsActivationR4() {
        List<Finding> found = fire(run(classifier(), 5).probes(1, 0, 4, p -> p.output.mean = 0.25));
        assertEquals(List.of("DD R4.1 unchanged layer output, last layer activation"), ruleNames(found));
        assertEquals(List.of("ACH(1)"), faults(found));
    }

    @Test
    void unchangedFlattenOutputIsSkipped() {
        NetworkBuilder net = network(2, 2, 1).add(flatten(), dense(3).activation("softmax"));
        assertEquals(List.of(), rules(run(net, 5).probes(0, 0, 4, p -> p.output.mean = 0.25)));
    }

    // R10 ILS, R11 LNDS, R12 IAS, R13 ANIS -------------------------------------------------------
    @Test
    void nanLossIsInvalidR10() {
        List<Finding> found = fire(run(classifier(), 5).epoch(1, e -> e.loss = Double.NaN));
        assertEquals(List.of("DD R10.3 invalid loss, wrong output activation"), ruleNames(found));
        assertEquals(List.of("ACH(1)"), faults(found));
    }

    @Test
    void infiniteLossWithALinearOutputBlamesItR10() {
        NetworkBuilder net = network(4).add(dense(8).activation("relu"), dense(1)).task("regression")
                .loss("mean_squared_error");
        assertEquals(List.of("DD R10.1 invalid loss, linear output layer"),
                rules(run(net, 5).labels(0, 1).epoch(2, e -> e.loss = Double.POSITIVE_INFINITY)));
    }

    @Test
    void lossUnchangedOverAWindowR11() {
        assertEquals(List.of("DD R11.4 loss not decreasing, wrong optimiser"),
                rules(run(classifier(), 10).everyEpoch(e -> e.loss = 0.7)));
        // A rising loss is not "unchanged" (reference behaviour).
        assertEquals(List.of(), rules(run(classifier(), 10).epoch(4, e -> e.loss = 2.0)));
    }

    @Test
    void lossUnchangedForFourEpochsOfTheWindowIsNotFlagged() {
        assertEquals(List.of(), rules(run(classifier(), 5)
                .epoch(1, e -> e.loss = 0.7).epoch(2, e -> e.loss = 0.7).epoch(3, e -> e.loss = 0.7)
                .epoch(4, e -> e.loss = 0.7)));
    }

    @Test
    void zeroAccuracyIsInvalidR12() {
        List<Finding> found = fire(run(classifier(), 5).epoch(2, e -> e.accuracy = 0.0));
        assertEquals(List.of("DD R12.3 invalid accuracy, wrong optimiser"), ruleNames(found));
        assertEquals(List.of("OCH"), faults(found));
    }

    @Test
    void regressionHasNoAccuracyToBeInvalid() {
        NetworkBuilder net = network(4).add(dense(8).activation("relu"), dense(1)).task("regression")
                .loss("mean_squared_error");
        assertEquals(List.of(), rules(run(net, 5).labels(0, 1).everyEpoch(e -> e.accuracy = Double.NaN)));
    }

    @Test
    void accuracyUnchangedOverTwentyEpochsR13() {
        assertEquals(List.of("DD R13.4 accuracy not increasing, wrong optimiser"),
                rules(run(classifier(), 20).everyEpoch(e -> e.accuracy = 0.33)));
        assertEquals(List.of(), rules(run(classifier(), 20).everyEpoch(e -> e.accuracy = 0.33)
                .epoch(0, e -> e.accuracy = 0.2)));
    }

    // R3 NS-DW, R14 VGS, R2 NS-W -----------------------------------------------------------------
    @Test
    void zeroGradientOfTheOutputLayerBlamesLossOrActivationR3() {
        List<Finding> found = fire(run(classifier(), 5).probe(1, 1, p -> { p.gradient.mean = 0.0; p.gradient.norm = 0.0; }));
        assertEquals(List.of("DD R3.1 numerical error in kernel gradient, output layer: loss or activation"),
                ruleNames(found));
        assertEquals(List.of("ACH(1)"), faults(found));
        assertEquals("LCH", found.get(0).evidence().get("alternatives"));
    }

    @Test
    void aGradientWhoseMeanCancelsToZeroIsNoNumericalError() {
        // Under softmax with cross-entropy each sample's errors sum to 0 over the classes, so the
        // output kernel's gradient has mean 0 while it is far from 0.
        assertEquals(List.of(), rules(run(classifier(), 5).probe(1, 1, p -> p.gradient.mean = 0.0)));
    }

    @Test
    void nanGradientOfAHiddenLayerBlamesItsActivationR3() {
        List<Finding> found = fire(run(classifier(), 5).probe(0, 1, p -> p.gradient.fractionNonFinite = 0.5));
        assertEquals(List.of("DD R3.2 numerical error in kernel gradient, wrong activation"), ruleNames(found));
        assertEquals(List.of("ACH(0)"), faults(found));
    }

    @Test
    void gradientRmsBelowTheLimitVanishesR14() {
        // rms = norm / sqrt(100); the tiny gradient also makes Learn() find the rate too low.
        List<Finding> found = fire(run(classifier(), 5).probe(0, 2, p -> p.gradient.norm = 0.99e-6));
        assertEquals(List.of("DD R14.1b vanishing gradient, learning rate too low"), ruleNames(found));
        assertEquals(List.of("HLR"), faults(found));
        assertEquals("increase", found.get(0).direction().get());
    }

    @Test
    void gradientRmsOnTheLimitDoesNotVanish() {
        assertEquals(List.of(), rules(run(classifier(), 5).probe(0, 2, p -> p.gradient.norm = 1e-6)
                .epoch(2, e -> e.learningRate = 100)));
    }

    @Test
    void nanKernelIsANumericalErrorR2() {
        assertEquals(List.of("DD R2.4 numerical error in kernel, wrong activation"),
                rules(run(classifier(), 5).probe(0, 3, p -> { p.kernel.mean = Double.NaN; p.kernel.fractionNonFinite = 1; })));
    }

    // R5 UCS-DW, R6 UCS-W ------------------------------------------------------------------------
    @Test
    void gradientUnchangedOverAWindowR5() {
        assertEquals(List.of("DD R5.3 unchanged kernel gradient, wrong optimiser"),
                rules(run(classifier(), 5).probes(1, 0, 4, p -> p.gradient.mean = 0.002)));
        assertEquals(List.of(), rules(run(classifier(), 5).probes(1, 0, 3, p -> p.gradient.mean = 0.002)));
    }

    @Test
    void kernelUnchangedOverAWindowR6() {
        assertEquals(List.of("DD R6.3 unchanged kernel, wrong optimiser"),
                rules(run(classifier(), 5).probes(0, 0, 4, p -> p.kernel.mean = 0.0123)));
        assertEquals(List.of(), rules(run(classifier(), 5).probes(0, 1, 4, p -> p.kernel.mean = 0.0123)));
    }

    // Order and stop -----------------------------------------------------------------------------
    @Test
    void onlyTheFirstSymptomConcludesAndItAsksToStop() {
        TrainingRun twoProblems = run(classifier(), 5)
                .probe(0, 3, p -> p.output.mean = 0.0)        // R1 at epoch 3
                .epoch(1, e -> e.loss = Double.NaN);          // R10 at epoch 1: earlier, wins
        try (RuleSession session = TestRules.SHARED.base().newSession()) {
            session.insertAll(TestRules.expand(twoProblems)).fire();
            assertEquals(List.of("DD R10.3 invalid loss, wrong output activation"),
                    ruleNames(session.findings("DD")));
            assertTrue(session.stopRequest().orElseThrow().contains("Epoch 1"));
        }
    }

    @Test
    void withinAnEpochTheForwardStageComesBeforeMetricsAndBackward() {
        TrainingRun run = run(classifier(), 5)
                .epoch(2, e -> e.loss = Double.NaN)
                .probe(1, 2, p -> p.gradient.mean = 0.0)
                .probe(1, 2, p -> p.output.mean = 0.0);
        assertEquals(List.of("DD R1.4 numerical error in layer output, wrong activation"), rules(run));
    }

    @Test
    void backwardLayersAreCheckedFromTheOutputDown() {
        TrainingRun run = run(classifier(), 5)
                .probe(0, 2, p -> { p.gradient.mean = 0.0; p.gradient.norm = 0.0; })
                .probe(1, 2, p -> { p.gradient.mean = 0.0; p.gradient.norm = 0.0; });
        assertEquals(List.of("DD R3.1 numerical error in kernel gradient, output layer: loss or activation"), rules(run));
    }
}
