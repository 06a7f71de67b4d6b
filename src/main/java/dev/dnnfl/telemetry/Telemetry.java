package dev.dnnfl.telemetry;

import dev.dnnfl.train.TrainingResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The telemetry of one training run: what ran ({@link RunInfo}), the sampled iterations, the
 * layer snapshots (sampled iterations and epoch-end probes, Keras layer indices), the epochs,
 * and the outcome (absent while the run is still going; a stored run without one is refused by {@link #read}).
 */
public record Telemetry(RunInfo run, List<IterationRecord> iterations, List<LayerSnapshot> snapshots,
                        List<EpochRecord> epochs, Optional<TrainingResult> outcome) {
    public Telemetry {
        iterations = List.copyOf(iterations);
        snapshots = List.copyOf(snapshots);
        epochs = List.copyOf(epochs);
    }

    /** Reads a run folder written by {@link RunFolderWriter}; errors name the file and line. */
    public static Telemetry read(Path folder) {
        return RunFolderReader.read(folder);
    }

    /** Writes the telemetry as a run folder (the same files a live run streams). */
    public void write(Path folder) {
        try (RunFolderWriter w = RunFolderWriter.open(folder)) {
            w.onStart(run);
            iterations.forEach(w::onIteration);
            snapshots.forEach(w::onLayerSnapshot);
            epochs.forEach(w::onEpoch);
            outcome.ifPresent(w::onEnd);
        }
    }

    /** The epoch-end probe snapshots of one Keras layer, in epoch order. */
    public List<LayerSnapshot> probes(int layer) {
        return snapshots.stream().filter(s -> s.probe() && s.layer() == layer).toList();
    }
}
