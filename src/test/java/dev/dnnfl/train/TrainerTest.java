package dev.dnnfl.train;

import org.junit.jupiter.api.Test;

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
}
