package dev.dnnfl.rules;

import dev.dnnfl.facts.DataFact;
import dev.dnnfl.facts.EpochFact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dnnfl.rules.Layers.activationLayer;
import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.Layers.dropout;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static dev.dnnfl.rules.TestRules.faults;
import static dev.dnnfl.rules.TestRules.ruleNames;
import static dev.dnnfl.rules.TrainingRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The UMLAUT checks H1–H11: one test where each fires and one where it does not, bounds exactly. */
class UmlautRulesTest {
    /** A correct classifier: relu hidden layer, fused softmax output, categorical cross-entropy. */
    static NetworkBuilder classifier() {
        return network(4).add(dense(8).activation("relu"), dense(3).activation("softmax"));
    }

    static List<Finding> fire(Object... facts) {
        return TestRules.SHARED.fire(RulePack.UMLAUT, facts);
    }

    static List<String> rules(Object... facts) {
        return ruleNames(fire(facts));
    }

    static DataFact trainData(double min, double max) {
        return new DataFact("train", 100, List.of(4), min, max, 0.5, 0.2, 0, 0, 0, 2, true, List.of());
    }

    static EpochFact epoch(int e, double lr) {
        return new EpochFact(e, 1.0, 0.5, 1.0, 0.5, lr);
    }

    @Test
    void aCorrectClassifierWithAHealthyRunGetsNothing() {
        assertEquals(List.of(), rules(run(classifier(), 6)));
    }

    // H1 ---------------------------------------------------------------------------------------
    @Test
    void inputsBeyondOneFireH1() {
        List<Finding> found = fire(classifier(), trainData(0, 255));
        assertEquals(List.of("UM H1 input data exceeds typical limits"), ruleNames(found));
        assertEquals(List.of("CPP"), faults(found));
        assertEquals(List.of("UM H1 input data exceeds typical limits"), rules(classifier(), trainData(-1.5, 1)));
    }

    @Test
    void inputsExactlyOnMinusOneAndOnePass() {
        assertEquals(List.of(), rules(classifier(), trainData(-1, 1)));
    }

    // H2 ---------------------------------------------------------------------------------------
    @Test
    void channelsFirstImagesFireH2() {
        DataFact images = new DataFact("train", 100, List.of(3, 32, 32), 0, 1, 0.5, 0.2, 0, 0, 0, 2, true, List.of());
        assertEquals(List.of("UM H2 image data may have incorrect shape"), rules(classifier(), images));
    }

    @Test
    void channelsLastImagesEvenNonSquarePass() {
        DataFact images = new DataFact("train", 100, List.of(66, 200, 3), 0, 1, 0.5, 0.2, 0, 0, 0, 2, true, List.of());
        DataFact grey = new DataFact("train", 100, List.of(28, 28, 1), 0, 1, 0.5, 0.2, 0, 0, 0, 2, true, List.of());
        assertEquals(List.of(), rules(classifier(), images));
        assertEquals(List.of(), rules(classifier(), grey));
    }

    // H4 ---------------------------------------------------------------------------------------
    @Test
    void nanLossWithNanInputsFiresH4Once() {
        List<Finding> found = fire(run(classifier(), 5).inputNaNs(7).everyEpoch(e -> e.loss = Double.NaN));
        assertEquals(List.of("UM H4 NaN in input"), ruleNames(found));
        assertEquals(0, found.get(0).epoch().getAsInt());
    }

    @Test
    void nanLossWithoutNanInputsOrNanInputsWithAFiniteLossDoNotFireH4() {
        assertEquals(List.of(), rules(run(classifier(), 5).everyEpoch(e -> e.loss = Double.NaN)));
        assertEquals(List.of(), rules(run(classifier(), 5).inputNaNs(7)));
    }

    // H5 ---------------------------------------------------------------------------------------
    @Test
    void sigmoidOutputUnderCategoricalLossFiresH5AndH7() {
        List<Finding> found = fire(network(4).add(dense(8).activation("relu"), dense(3).activation("sigmoid")));
        assertEquals(List.of("UM H5 missing softmax layer before loss", "UM H7 last model layer has nonlinear activation"),
                ruleNames(found));
        assertEquals(List.of("ACH(1)", "ACH(1)"), faults(found));
    }

    @Test
    void softmaxFusedIntoTheLastDenseLayerIsNotMissingH5() {
        assertEquals(List.of(), rules(classifier()));
    }

    @Test
    void softmaxAsASeparateActivationLayerIsNotMissing() {
        assertEquals(List.of(), rules(network(4).add(dense(8).activation("relu"), dense(3), activationLayer("softmax"))));
    }

    @Test
    void regressionNeedsNoSoftmax() {
        assertEquals(List.of(), rules(network(4).add(dense(8).activation("relu"), dense(1)).task("regression")
                .loss("mean_squared_error")));
    }

    @Test
    void theReferenceSwitchRestoresTheFusedSoftmaxFalsePositive() {
        // The compatibility switch is edited in a copy of the rule file, as a user would.
        TestRules reference = UmlautReference.SHARED;
        List<String> names = ruleNames(reference.fire(classifier()).stream()
                .filter(f -> f.technique().equals("UM")).toList());
        assertEquals(List.of("UM H5 missing softmax layer before loss", "UM H7 last model layer has nonlinear activation"), names);
    }

    // H6 ---------------------------------------------------------------------------------------
    @Test
    void stackedLinearLayersFireH6OnEachOfThem() {
        List<Finding> found = fire(network(4).add(dense(8), dense(8), dense(3).activation("softmax")));
        assertEquals(List.of("UM H6 missing activation functions"), ruleNames(found));
        assertEquals(List.of("ACH(0,1)"), faults(found));
    }

    @Test
    void aLinearLayerFollowedByAnActivationLayerIsActivated() {
        assertEquals(List.of(), rules(network(4).add(dense(8), activationLayer("relu"), dense(3), activationLayer("softmax"))));
    }

    // H7 ---------------------------------------------------------------------------------------
    @Test
    void reluOutputForRegressionFiresH7() {
        List<Finding> found = fire(network(4).add(dense(8).activation("relu"), dense(1).activation("relu"))
                .task("regression").loss("mean_squared_error"));
        assertEquals(List.of("UM H7 last model layer has nonlinear activation"), ruleNames(found));
        assertEquals(List.of("ACH(1)"), faults(found));
    }

    @Test
    void sigmoidUnderBinaryCrossEntropyIsIntended() {
        assertEquals(List.of(), rules(network(4).add(dense(8).activation("relu"), dense(1).activation("sigmoid"))
                .loss("binary_crossentropy")));
    }

    // H8 ---------------------------------------------------------------------------------------
    @Test
    void dropoutAboveHalfFiresH8() {
        List<Finding> found = fire(network(4).add(dense(8).activation("relu"), dropout(0.6), dense(3).activation("softmax")));
        assertEquals(List.of("UM H8 high dropout rate"), ruleNames(found));
        assertEquals(List.of("RAW(1)"), faults(found));
    }

    @Test
    void dropoutOfExactlyHalfPasses() {
        assertEquals(List.of(), rules(network(4).add(dense(8).activation("relu"), dropout(0.5), dense(3).activation("softmax"))));
    }

    // H9 ---------------------------------------------------------------------------------------
    @Test
    void learningRateAboveTheBandFiresH9aOnceAtItsFirstEpoch() {
        List<Finding> found = fire(classifier(), epoch(0, 0.001), epoch(1, 0.05), epoch(2, 0.05));
        assertEquals(List.of("UM H9a learning rate is high"), ruleNames(found));
        assertEquals(List.of("HLR"), faults(found));
        assertEquals("decrease", found.get(0).direction().get());
        assertEquals(1, found.get(0).epoch().getAsInt());
    }

    @Test
    void learningRateBelowTheBandFiresH9b() {
        List<Finding> found = fire(classifier(), epoch(0, 9e-8));
        assertEquals(List.of("UM H9b learning rate is low"), ruleNames(found));
        assertEquals("increase", found.get(0).direction().get());
        assertTrue(fire(classifier(), epoch(0, -1000)).get(0).message().contains("not positive"));
    }

    @Test
    void learningRatesOnTheBandsEndsPass() {
        assertEquals(List.of(), rules(classifier(), epoch(0, 0.01), epoch(1, 1e-7)));
    }

    // H10 --------------------------------------------------------------------------------------
    static EpochFact losses(int e, double train, double validation) {
        return new EpochFact(e, train, 0.5, validation, 0.5, 0.001);
    }

    @Test
    void validationLossRisingWhileTrainingLossFallsWarnsH10WithoutAFault() {
        List<Finding> found = fire(classifier(), losses(0, 1.0, 1.0), losses(1, 0.9, 1.1));
        assertEquals(List.of("UM H10 possible overfitting"), ruleNames(found));
        assertEquals(List.of(), faults(found));
        assertEquals(1, found.get(0).epoch().getAsInt());
    }

    @Test
    void trainingLossStayingFlatStillCountsButBothRisingDoesNot() {
        assertEquals(List.of("UM H10 possible overfitting"), rules(classifier(), losses(0, 1.0, 1.0), losses(1, 1.0, 1.2)));
        assertEquals(List.of(), rules(classifier(), losses(0, 1.0, 1.0), losses(1, 1.1, 1.2)));
        assertEquals(List.of(), rules(classifier(), losses(0, 1.0, 1.0), losses(1, 0.9, 1.0)));
    }

    @Test
    void withoutValidationDataThereIsNoOverfittingWarning() {
        assertEquals(List.of(), rules(classifier(), losses(0, 1.0, Double.NaN), losses(1, 0.9, Double.NaN)));
    }

    // H11 --------------------------------------------------------------------------------------
    static EpochFact accuracies(int e, double train, double validation) {
        return new EpochFact(e, 1.0 / (e + 1), train, 1.0 / (e + 1), validation, 0.001);
    }

    @Test
    void veryHighValidationAccuracyAfterWarmUpWarnsH11() {
        List<Finding> found = fire(classifier(), accuracies(2, 0.96, 0.96), accuracies(3, 0.96, 0.951));
        assertEquals(List.of("UM H11 check validation accuracy"), ruleNames(found));
        assertEquals(List.of(), faults(found));
        assertEquals(3, found.get(0).epoch().getAsInt());
    }

    @Test
    void validationAccuracyOnTheBoundsPasses() {
        // 0.05 - 0.0 is exactly the margin in floating point (0.55 - 0.5 is not).
        assertEquals(List.of(), rules(classifier(), accuracies(3, 0.95, 0.95), accuracies(4, 0.0, 0.05)));
        assertEquals(List.of("UM H11 check validation accuracy"), rules(classifier(), accuracies(4, 0.0, 0.0501)));
        // Before the warm-up ends nothing is checked.
        assertEquals(List.of(), rules(classifier(), accuracies(2, 0.99, 0.99)));
    }
}
