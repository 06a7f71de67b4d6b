package dev.dnnfl.data;

import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Datasets of subjects as the subject reader gives them: the JSON fields reach the data stage. */
class SubjectDatasetTest {

    @TempDir
    Path dir;

    private static final String LAYERS = """
            "layers": [ { "type": "dense", "units": 4, "activation": "softmax" } ],
            "training": { "optimizer": "adam", "learning_rate": 0.001, "loss": "categorical_crossentropy",
                          "batch_size": 32, "epochs": 1 }""";

    @Test
    void anImbalancedTopicsSubjectLoadsWithItsParameters() {
        Subject subject = SubjectReader.parse("""
                { "id": "rt", "task": "classification",
                  "dataset": { "source": "synthetic:topics", "train": 400, "test": 100, "seed": 3,
                               "classes": 4, "features": 50, "words": 10, "keywords": 5, "imbalance": 2,
                               "counts": 1, "preprocessing": ["binarize"] },
                """ + LAYERS + " }", "rt.json", dir);
        Dataset d = DatasetLoader.load(subject);
        assertEquals(List.of(50), d.inputShape());
        assertEquals(4, d.classes());
        assertEquals(360 + 40 + 100, d.train().size() + d.validation().size() + d.test().size());
        Map<Long, Long> counts = DatasetStats.of(d).train().classCounts();
        assertTrue(counts.get(0L) > 2 * counts.get(1L), "imbalance 2 favours topic 0: " + counts);
        assertEquals(1.0, DatasetStats.of(d).train().max(), "binarized counts");
    }

    @Test
    void aCsvSubjectReadsItsFileRelativeToTheSubjectFolder() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "a,b,kind\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n9,10,z\n");
        Files.writeString(dir.resolve("s.json"), """
                { "id": "csv", "task": "classification",
                  "dataset": { "source": "csv", "path": "d.csv", "label": "kind", "train": 4, "test": 1,
                               "validation": 0.25, "shuffle": false, "preprocessing": ["minmax"] },
                """ + LAYERS + " }");
        Dataset d = DatasetLoader.load(SubjectReader.read(dir.resolve("s.json")));
        assertEquals(3, d.classes());
        assertEquals(3, d.train().size());
        assertEquals(1, d.validation().size());
        assertEquals(0.0, DatasetStats.of(d).train().min());
        // minmax is fitted on training + validation rows (a in 1..7): test a = 9 maps to 8/6, not 8/4.
        assertEquals(4.0 / 3, DatasetStats.of(d).test().max(), 1e-6);
    }
}
