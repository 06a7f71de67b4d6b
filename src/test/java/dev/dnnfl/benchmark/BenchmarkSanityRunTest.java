package dev.dnnfl.benchmark;

import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
import dev.dnnfl.spec.Patch;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.train.Trainer;
import dev.dnnfl.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark's quick sanity run: trains every subject and its fixed version once (seed 1) and
 * writes the wall time and final metrics to {@code target/benchmark-sanity.tsv}, a line as each
 * training ends. Opt-in, because it takes minutes:
 * {@code mvn -B -o test -Dtest=BenchmarkSanityRunTest -Ddnnfl.sanity=true [-Ddnnfl.sanity.subjects=M1,D7]}.
 * It fails when a subject cannot be loaded or trained; it does not judge accuracies (one seed
 * says little; the benchmark's fault check does that with a statistical test).
 */
@EnabledIfSystemProperty(named = "dnnfl.sanity", matches = "true")
class BenchmarkSanityRunTest {
    private static final Path SUBJECTS = Path.of("benchmark", "subjects");
    private static final long SEED = 1;

    @Test
    void everySubjectAndItsFixedVersionTrainOnce() throws IOException {
        List<String> ids = List.of(System.getProperty("dnnfl.sanity.subjects",
                "M1,M2,M3,C1,C2,C3,R1,R2,R3,R4,R5,R6,R7,D1,D2,D3,D4,D5,D6,D7,D8,D9").split(","));
        List<String> failures = new ArrayList<>();
        Path out = Path.of("target", "benchmark-sanity.tsv");
        Files.createDirectories(out.getParent());
        try (PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(out), true)) {
            tsv.println("id\tversion\tseconds\tstop\tepochs\ttest_accuracy\ttest_loss\tvalidation_accuracy");
            for (String id : ids) {
                Subject buggy = SubjectReader.read(SUBJECTS.resolve(id.trim() + ".json"));
                for (Subject subject : List.of(buggy, Patch.fixed(buggy))) {
                    String version = subject == buggy ? "buggy" : "fixed";
                    try {
                        Dataset data = DatasetLoader.load(subject);
                        TrainingResult r = Trainer.train(subject, data, SEED);
                        tsv.println(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%s\t%d\t%.4f\t%.4f\t%.4f", id, version,
                                r.millis() / 1000.0, r.stopReason(), r.epochsRun(), r.testAccuracy(), r.testLoss(),
                                r.validationAccuracy()));
                    } catch (RuntimeException e) {
                        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                        tsv.println(id + "\t" + version + "\terror\t" + e.getClass().getSimpleName() + ": " + first);
                        failures.add(id + " " + version + ": " + e.getClass().getSimpleName() + ": " + first);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "subjects that could not be loaded or trained (see " + out + ")");
    }
}
