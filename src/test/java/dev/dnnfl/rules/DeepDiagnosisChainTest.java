package dev.dnnfl.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static dev.dnnfl.rules.TestRules.faults;
import static dev.dnnfl.rules.TestRules.ruleNames;
import static dev.dnnfl.rules.TrainingRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The DeepDiagnosis diagnosis chains: for every symptom, each row fires when its root-cause check
 * holds and the rows above it do not, and the root-cause thresholds sit exactly on their bounds.
 * A symptom is provoked at epoch 4 (a window end) of a 5-epoch run (20 for R13).
 */
class DeepDiagnosisChainTest {
    static final int E = 4;

    /** Layer 0 dense relu, layer 1 dense softmax. */
    static NetworkBuilder classifier() {
        return network(4).add(dense(8).activation("relu"), dense(3).activation("softmax"));
    }

    /** A root cause, placed at the symptom's epoch. */
    interface Cause {
        TrainingRun apply(TrainingRun run, int epoch);
    }

    // Root causes (layer 0's kernel, the inputs, layer 1's gradient against its unit kernel).
    static TrainingRun poorWeights(TrainingRun r, int e) { return r.probe(0, e, p -> p.kernel.std = 0.003); }
    static TrainingRun improperData(TrainingRun r, int e) { return r.inputs(0, 255); }
    static TrainingRun rateTooHigh(TrainingRun r, int e) { return r.probe(1, e, p -> p.gradient.norm = 101); }
    static TrainingRun rateTooLow(TrainingRun r, int e) { return r.probe(1, e, p -> p.gradient.norm = 0.0099); }
    static TrainingRun none(TrainingRun r, int e) { return r; }

    static TrainingRun poorWeights(TrainingRun r) { return poorWeights(r, E); }
    static TrainingRun rateTooHigh(TrainingRun r) { return rateTooHigh(r, E); }
    static TrainingRun rateTooLow(TrainingRun r) { return rateTooLow(r, E); }

    /** A symptom provoked in a healthy run, at epoch {@code at}. */
    record Symptom(String code, String name, NetworkBuilder network, int epochs, int at,
                   UnaryOperator<TrainingRun> provoke) {
        TrainingRun run(Cause cause) {
            return cause.apply(provoke.apply(TrainingRun.run(network, epochs)), at);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    static final NetworkBuilder SIGMOID = network(4).add(dense(8).activation("sigmoid"), dense(3).activation("softmax"));
    static final Symptom R1 = new Symptom("R1", "numerical error in layer output", classifier(), 5, E,
            r -> r.probe(0, E, p -> p.output.mean = 0));
    static final Symptom R2 = new Symptom("R2", "numerical error in kernel", classifier(), 5, E,
            r -> r.probe(0, E, p -> { p.kernel.mean = Double.NaN; p.kernel.fractionNonFinite = 1; }));
    static final Symptom R4 = new Symptom("R4", "unchanged layer output", classifier(), 5, E,
            r -> r.probes(0, 0, E, p -> p.output.mean = 0.25));
    static final Symptom R5 = new Symptom("R5", "unchanged kernel gradient", classifier(), 5, E,
            r -> r.probes(1, 0, E, p -> p.gradient.mean = 0.002));
    static final Symptom R6 = new Symptom("R6", "unchanged kernel", classifier(), 5, E,
            r -> r.probes(0, 0, E, p -> p.kernel.mean = 0.0123));
    static final Symptom R7 = new Symptom("R7", "saturated activation", SIGMOID, 5, E,
            r -> r.probe(0, E, p -> p.output.fractionSaturated = 0.8));
    static final Symptom R8 = new Symptom("R8", "dead nodes", classifier(), 5, E,
            r -> r.probe(0, E, p -> p.output.fractionZero = 0.8));
    static final Symptom R11 = new Symptom("R11", "loss not decreasing", classifier(), 5, E,
            r -> r.everyEpoch(e -> e.loss = 0.7));
    static final Symptom R13 = new Symptom("R13", "accuracy not increasing", classifier(), 20, 19,
            r -> r.everyEpoch(e -> e.accuracy = 0.3));

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (Symptom s : List.of(R1, R2, R11, R13)) {
            rows.add(row(s, "1", "poor weight initialisation", "WCI(0)", DeepDiagnosisChainTest::poorWeights));
            rows.add(row(s, "2", "improper data", "CPP", DeepDiagnosisChainTest::improperData));
            rows.add(row(s, "3a", "learning rate too high", "HLR", DeepDiagnosisChainTest::rateTooHigh));
            rows.add(row(s, "3b", "learning rate too low", "HLR", DeepDiagnosisChainTest::rateTooLow));
            boolean forward = s == R1 || s == R2;
            rows.add(row(s, "4", forward ? "wrong activation" : "wrong optimiser", forward ? "ACH(0)" : "OCH",
                    DeepDiagnosisChainTest::none));
        }
        rows.add(row(R4, "2", "poor weight initialisation", "WCI(0)", DeepDiagnosisChainTest::poorWeights));
        rows.add(row(R4, "3a", "learning rate too high", "HLR", DeepDiagnosisChainTest::rateTooHigh));
        rows.add(row(R4, "3b", "learning rate too low", "HLR", DeepDiagnosisChainTest::rateTooLow));
        rows.add(row(R4, "4", "wrong optimiser", "OCH", DeepDiagnosisChainTest::none));
        for (Symptom s : List.of(R5, R6)) {
            rows.add(row(s, "1", "poor weight initialisation", "WCI(0)", DeepDiagnosisChainTest::poorWeights));
            rows.add(row(s, "2a", "learning rate too high", "HLR", DeepDiagnosisChainTest::rateTooHigh));
            rows.add(row(s, "2b", "learning rate too low", "HLR", DeepDiagnosisChainTest::rateTooLow));
            rows.add(row(s, "3", "wrong optimiser", "OCH", DeepDiagnosisChainTest::none));
        }
        for (Symptom s : List.of(R7, R8)) {
            // Data() comes before Weight() in these chains: both hold, Data() wins.
            rows.add(row(s, "1", "improper data", "CPP", (r, e) -> improperData(poorWeights(r, e), e)));
            rows.add(row(s, "2", "poor weight initialisation", "WCI(0)", DeepDiagnosisChainTest::poorWeights));
            rows.add(row(s, "3a", "learning rate too high", "HLR", DeepDiagnosisChainTest::rateTooHigh));
            rows.add(row(s, "3b", "learning rate too low", "HLR", DeepDiagnosisChainTest::rateTooLow));
            rows.add(row(s, "4", "missing layer or wrong activation", "ACH(0)", DeepDiagnosisChainTest::none));
        }
        return rows.stream();
    }

    static Arguments row(Symptom s, String row, String what, String fault, Cause cause) {
        return Arguments.of("DD " + s.code() + "." + row + " " + s.name() + ", " + what, fault, s, cause);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachChainRowConcludesWhenItsCheckIsTheFirstToHold(String rule, String fault, Symptom s, Cause cause) {
        List<Finding> found = TestRules.SHARED.fire(RulePack.DEEPDIAGNOSIS, s.run(cause));
        assertEquals(List.of(rule), ruleNames(found));
        assertEquals(List.of(fault), faults(found));
    }

    // R3, R10, R12, R14 have chains of their own -------------------------------------------------
    static NetworkBuilder linearRegression() {
        return network(4).add(dense(8).activation("relu"), dense(1)).task("regression").loss("mean_squared_error");
    }

    static List<Finding> fire(TrainingRun run) {
        return TestRules.SHARED.fire(RulePack.DEEPDIAGNOSIS, run);
    }

    @Test
    void invalidLossChain() {
        TrainingRun nanLoss = run(classifier(), 5).epoch(E, e -> e.loss = Double.NaN);
        assertEquals(List.of("DD R10.2a invalid loss, learning rate too high"), ruleNames(fire(rateTooHigh(nanLoss))));
        nanLoss = run(classifier(), 5).epoch(E, e -> e.loss = Double.NaN);
        assertEquals(List.of("DD R10.2b invalid loss, learning rate too low"), ruleNames(fire(rateTooLow(nanLoss))));
        assertEquals(List.of("DD R10.1 invalid loss, linear output layer"),
                ruleNames(fire(rateTooHigh(run(linearRegression(), 5).epoch(E, e -> e.loss = Double.NaN)))));
        List<Finding> fallback = fire(run(classifier(), 5).epoch(E, e -> e.loss = Double.NaN));
        assertEquals(List.of("DD R10.3 invalid loss, wrong output activation"), ruleNames(fallback));
        assertEquals("LCH", fallback.get(0).evidence().get("alternatives"));
    }

    @Test
    void invalidAccuracyChain() {
        NetworkBuilder linearBinary = network(4).add(dense(8).activation("relu"), dense(1)).loss("binary_crossentropy");
        assertEquals(List.of("DD R12.1 invalid accuracy, linear output layer"),
                ruleNames(fire(run(linearBinary, 5).epoch(E, e -> e.accuracy = 0))));
        assertEquals(List.of("DD R12.2a invalid accuracy, learning rate too high"),
                ruleNames(fire(rateTooHigh(run(classifier(), 5).epoch(E, e -> e.accuracy = 0)))));
        assertEquals(List.of("DD R12.2b invalid accuracy, learning rate too low"),
                ruleNames(fire(rateTooLow(run(classifier(), 5).epoch(E, e -> e.accuracy = 0)))));
        assertEquals(List.of("DD R12.3 invalid accuracy, wrong optimiser"),
                ruleNames(fire(run(classifier(), 5).epoch(E, e -> e.accuracy = 0))));
    }

    @Test
    void vanishingGradientChain() {
        TrainingRun vanishing = run(classifier(), 5).probe(0, E, p -> p.gradient.norm = 0.99e-6);
        assertEquals(List.of("DD R14.1a vanishing gradient, learning rate too high"), ruleNames(fire(rateTooHigh(vanishing))));
        vanishing = run(classifier(), 5).probe(0, E, p -> p.gradient.norm = 0.99e-6);
        assertEquals(List.of("DD R14.1b vanishing gradient, learning rate too low"), ruleNames(fire(vanishing)));
        // lr 100 puts layer 0's ratio (9.9e-5) inside the band and layer 1's exactly on its upper bound (0.1).
        List<Finding> fallback = fire(run(classifier(), 5).epoch(E, e -> e.learningRate = 100)
                .probe(0, E, p -> p.gradient.norm = 0.99e-6).probe(1, E, p -> p.gradient.norm = 1e-3));
        assertEquals(List.of("DD R14.2 vanishing gradient, missing or redundant layer or wrong activation"), ruleNames(fallback));
        assertEquals(List.of("ACH(0)"), faults(fallback));
        assertEquals("LRM|LAD", fallback.get(0).evidence().get("alternatives"));
    }

    // Root-cause thresholds exactly on their bounds: the check does not hold, the fallback concludes.
    static final String R1_FALLBACK = "DD R1.4 numerical error in layer output, wrong activation";

    static List<String> r1With(UnaryOperator<TrainingRun> cause) {
        return ruleNames(fire(cause.apply(run(classifier(), 5).probe(0, E, p -> p.output.mean = 0))));
    }

    @Test
    void kernelVarianceOnEitherBoundIsNotPoor() {
        assertEquals(List.of(R1_FALLBACK), r1With(r -> r.probe(0, E, p -> p.kernel.std = Math.sqrt(1e-5))));
        assertEquals(List.of(R1_FALLBACK), r1With(r -> r.probe(0, E, p -> p.kernel.variance = 10.0)));
        assertEquals(List.of("DD R1.1 numerical error in layer output, poor weight initialisation"),
                r1With(r -> r.probe(0, E, p -> p.kernel.variance = 10.001)));
    }

    @Test
    void inputsOnTheRangeBoundsAreProper() {
        assertEquals(List.of(R1_FALLBACK), r1With(r -> r.inputs(-1, 1)));
        assertEquals(List.of("DD R1.2 numerical error in layer output, improper data"), r1With(r -> r.inputs(-1.01, 1)));
    }

    @Test
    void updateRatioOnEitherBoundIsFine() {
        assertEquals(List.of(R1_FALLBACK), r1With(r -> r.probe(1, E, p -> p.gradient.norm = 100)));   // r = 0.1
        assertEquals(List.of(R1_FALLBACK), r1With(r -> r.probe(1, E, p -> p.gradient.norm = 0.01)));  // r = 1e-5
    }

    @Test
    void rootCausesOfOtherEpochsDoNotCount() {
        assertEquals(List.of(R1_FALLBACK), r1With(r -> r.probe(0, E - 1, p -> p.kernel.std = 0.003)
                .probe(1, E - 1, p -> p.gradient.norm = 101)));
    }
}
