package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.data.Dataset;
import dev.dnnfl.data.DatasetLoader;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import dev.dnnfl.telemetry.TelemetryRecorder;
import dev.dnnfl.telemetry.TelemetrySink;
import dev.dnnfl.train.Trainer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link RunTrainer} of the real pipeline: reads the subject JSON (relative data paths against
 * {@code baseDir}), loads its dataset once per distinct dataset specification (mutants share the
 * original's data; the arrays are only read during training, so threads can share them), and trains
 * it with DL4J under a {@link TelemetryRecorder} that feeds the sink.
 */
public final class Dl4jRunTrainer implements RunTrainer {
    private final Path baseDir;
    private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();

    /** A trainer resolving relative data paths against {@code baseDir}. */
    public Dl4jRunTrainer(Path baseDir) {
        this.baseDir = baseDir;
    }

    @Override
    public void train(JsonNode json, long seed, TelemetrySink sink) {
        Subject subject = SubjectReader.fromJson(json, json.path("id").asText("subject"), baseDir);
        String key = subject.task() + " " + json.path("dataset");
        Dataset data = datasets.computeIfAbsent(key, k -> DatasetLoader.load(subject));
        Trainer.train(subject, data, seed, List.of(new TelemetryRecorder(List.of(sink))));
    }
}
