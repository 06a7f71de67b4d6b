package dev.dnnfl.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.dnnfl.rules.TestRules.ruleNames;
import static dev.dnnfl.rules.TrainingRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DeepDiagnosis' compatibility switches and cadences, edited in a copy of the rule file. */
class DeepDiagnosisSwitchesTest {
    @Test
    void theReferenceExcludesTheLastLayerFromTheUnchangedOutputCheck() {
        TestRules reference = EditedRules.of(RulePack.DEEPDIAGNOSIS,
                "unchangedOutputIncludesLastLayer : boolean = true", "unchangedOutputIncludesLastLayer : boolean = false");
        TrainingRun stuckOutput = run(DeepDiagnosisRulesTest.classifier(), 5).probes(1, 0, 4, p -> p.output.mean = 0.25);
        assertEquals(List.of(), ruleNames(reference.fire(stuckOutput)));
        assertEquals(List.of("DD R4.1 unchanged layer output, last layer activation"),
                ruleNames(TestRules.SHARED.fire(RulePack.DEEPDIAGNOSIS, stuckOutput)));
    }

    @Test
    void theDeadNodeCheckCanRunAtEveryWindowEnd() {
        TestRules everyWindow = EditedRules.of(RulePack.DEEPDIAGNOSIS,
                "deadNodeFinalEpochOnly : boolean = true", "deadNodeFinalEpochOnly : boolean = false");
        TrainingRun deadAtEpoch4 = run(DeepDiagnosisRulesTest.classifier(), 10).probe(0, 4, p -> p.output.fractionZero = 0.9);
        assertEquals(List.of("DD R8.4 dead nodes, missing layer or wrong activation"), ruleNames(everyWindow.fire(deadAtEpoch4)));
        assertEquals(List.of(), ruleNames(TestRules.SHARED.fire(RulePack.DEEPDIAGNOSIS, deadAtEpoch4)));
    }

    @Test
    void theAccuracyWindowIsAnEditableThreshold() {
        TestRules paper = EditedRules.of(RulePack.DEEPDIAGNOSIS,
                "accuracyWindowEpochs : int = 20", "accuracyWindowEpochs : int = 5");
        TrainingRun flatAccuracy = run(DeepDiagnosisRulesTest.classifier(), 5).everyEpoch(e -> e.accuracy = 0.3);
        assertEquals(List.of("DD R13.4 accuracy not increasing, wrong optimiser"), ruleNames(paper.fire(flatAccuracy)));
        assertEquals(List.of(), ruleNames(TestRules.SHARED.fire(RulePack.DEEPDIAGNOSIS, flatAccuracy)));
    }

    @Test
    void theReferenceFlagsAGradientWhoseMeanIsZero() {
        TestRules reference = EditedRules.of(RulePack.DEEPDIAGNOSIS,
                "zeroGradientMeansAllZero : boolean = true", "zeroGradientMeansAllZero : boolean = false");
        TrainingRun cancelling = run(DeepDiagnosisRulesTest.classifier(), 5).probe(1, 1, p -> p.gradient.mean = 0.0);
        assertEquals(List.of("DD R3.1 numerical error in kernel gradient, output layer: loss or activation"),
                ruleNames(reference.fire(cancelling)));
    }
}
