package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.spec.Patch;
import dev.dnnfl.spec.SubjectReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fitness by real (tiny) trainings. */
class TrainedFitnessTest {
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static JsonNode regression(String loss) {
        return Patch.program(SubjectReader.parse("""
                {"id": "reg", "task": "regression",
                 "dataset": {"source": "synthetic:regression", "train": 80, "test": 20, "features": 3},
                 "layers": [{"type": "dense", "units": 4, "activation": "relu"},
                            {"type": "dense", "units": 1}],
                 "training": {"optimizer": "adam", "learning_rate": 0.01, "loss": "%s", "batch_size": 16, "epochs": 2}}
                """.formatted(loss), "reg.json", Path.of(".")).json());
    }

    @Test
    void aRegressionSubjectIsMeasuredByItsSquaredErrorWhateverItsLoss() {
        TrainedFitness fitness = new TrainedFitness(List.of(1L, 2L), Path.of("."), POOL);
        Fitness cosine = fitness.evaluate(regression("cosine_similarity"));
        Fitness mse = fitness.evaluate(regression("mean_squared_error"));
        assertEquals(2, cosine.runs().size());
        // Keras' cosine-similarity loss is negative when it does well; a squared error never is
        assertTrue(cosine.runs().stream().allMatch(v -> v >= 0), cosine.toString());
        assertTrue(mse.runs().stream().allMatch(v -> v >= 0), mse.toString());
    }

    @Test
    void aConfigurationTheTrainerRejectsIsNeverNeutral() { // DL4J has no Huber loss
        TrainedFitness fitness = new TrainedFitness(List.of(1L), Path.of("."), POOL);
        Fitness broken = fitness.evaluate(regression("huber"));
        assertTrue(Double.isNaN(broken.mean()));
        assertTrue(!Direction.LOWER_IS_BETTER.neutral(broken, new Fitness(List.of(1e9))));
    }
}
