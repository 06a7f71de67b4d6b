package dev.dnnfl.train;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.dnnfl.train.TestSubjects.*;
import static org.junit.jupiter.api.Assertions.*;

class TrainerTest {
    @Test
    void aSmallMlpLearnsBlobs() {
        var subject = classifier(training("adam", 0.01, "categorical_crossentropy", 32, 3),
                dense(16, "relu"), dropout(0.2), dense(3, "softmax"));
        TrainingResult r = Trainer.train(subject, blobs(300, 4, 3, 1), 7);
        assertEquals(StopReason.COMPLETED, r.stopReason());
        assertEquals(3, r.epochsRun());
        assertTrue(r.testAccuracy() > 0.8, "test accuracy " + r.testAccuracy());
        assertTrue(r.epochs().get(2).trainLoss() < r.epochs().get(0).trainLoss());
    }

    @Test
    void crossEntropyOnLinearAndSoftsignOutputsTrainsWithoutNanAsInKeras() {
        // benchmark M2/R7 (output activation removed) and R2 (softsign output)
        for (String output : List.of("linear", "softsign")) {
            var subject = classifier(training("adam", 0.01, "categorical_crossentropy", 32, 2),
                    dense(16, "relu"), dense(3, output));
            TrainingResult r = Trainer.train(subject, blobs(300, 4, 3, 1), 7);
            assertEquals(StopReason.COMPLETED, r.stopReason(), output);
            assertTrue(Double.isFinite(r.testLoss()), output + " test loss " + r.testLoss());
        }
    }

    @Test
    void softmaxOverOneUnitGivesAZeroGradientAsInKeras() {
        // benchmark D1: softmax over a single unit always outputs 1, so nothing below it learns
        var subject = classifier(training("rmsprop", 0.001, "binary_crossentropy", 32, 1),
                dense(8, "relu"), dense(1, "linear"), activation("softmax"));
        var data = blobs(200, 4, 2, 3);
        final double[] gradientNorm = {Double.NaN};
        TrainingObserver gradients = new TrainingObserver() {
            TrainingRun run;

            @Override
            public void onStart(TrainingRun r) {
                run = r;
            }

            @Override
            public void onEpochEnd(EpochSummary e) {
                gradientNorm[0] = run.probeGradients().get(1).get("W").norm2Number().doubleValue();
            }
        };
        TrainingResult r = Trainer.train(subject, data, 1, List.of(gradients));
        assertEquals(0.0, gradientNorm[0]);
        assertEquals(0.5, r.testAccuracy(), 0.15, "a constant prediction of class 1");
    }

    @Test
    void aStopRequestEndsTheRunAtTheIteration() {
        var subject = classifier(training("adam", 0.01, "categorical_crossentropy", 32, 5, Map.of()),
                dense(8, "relu"), dense(3, "softmax"));
        TrainingObserver stopAtThree = new TrainingObserver() {
            long seen;

            @Override
            public void onIteration(long iteration, int epoch, double loss, double accuracy) {
                seen = iteration + 1;
            }

            @Override
            public java.util.Optional<String> stopRequest() {
                return seen >= 3 ? java.util.Optional.of("enough") : java.util.Optional.empty();
            }
        };
        TrainingResult r = Trainer.train(subject, blobs(300, 4, 3, 1), 1, List.of(stopAtThree));
        assertEquals(StopReason.STOPPED, r.stopReason());
        assertEquals(3, r.iterations());
        assertEquals(1, r.epochsRun(), "the cut-short epoch is summarised");
        assertEquals(3, r.epochs().get(0).batches());
    }

    @Test
    void multiHotTargetsTrainAndReportKerasArgmaxAccuracy() {
        var subject = classifier(training("adam", 0.01, "categorical_crossentropy", 32, 3),
                dense(16, "relu"), dense(4, "softmax"));
        var data = multiHot(300, 6, 4, 2);
        final TrainingRun[] seen = new TrainingRun[1];
        TrainingObserver keep = new TrainingObserver() {
            @Override
            public void onStart(TrainingRun r) {
                seen[0] = r;
            }
        };
        TrainingResult r = Trainer.train(subject, data, 3, List.of(keep));
        assertEquals(StopReason.COMPLETED, r.stopReason());
        assertTrue(Double.isFinite(r.testLoss()), "test loss " + r.testLoss());
        var out = seen[0].network().model().output(data.test().features(), false);
        var predicted = out.argMax(1);
        var expected = data.test().labels().argMax(1);
        double match = predicted.eq(expected).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).meanNumber().doubleValue();
        assertEquals(match, r.testAccuracy(), 1e-6, "argmax match of outputs and target rows");
    }

    @Test
    void multiHotTargetsWithBinaryCrossEntropyReportPerElementAccuracy() {
        var subject = classifier(training("adam", 0.02, "binary_crossentropy", 16, 5),
                dense(16, "relu"), dense(4, "sigmoid"));
        TrainingResult r = Trainer.train(subject, multiHot(300, 6, 4, 2), 3);
        // copying four of the input bits is easy: nearly every element is right
        assertTrue(r.testAccuracy() > 0.9, "test accuracy " + r.testAccuracy());
    }

    @Test
    void targetRowsWiderThanTheOutputAreAUserErrorNamingItsUnits() {
        var subject = classifier(training("adam", 0.01, "categorical_crossentropy", 32, 1),
                dense(8, "relu"), dropout(0.1), dense(5, "softmax"));
        var error = assertThrows(dev.dnnfl.spec.UserError.class, () -> Trainer.train(subject, multiHot(50, 6, 4, 2), 1));
        assertTrue(error.getMessage().startsWith("/layers/2/units: "), error.getMessage());
        assertTrue(error.getMessage().contains("target rows of width 4"), error.getMessage());
    }
}
