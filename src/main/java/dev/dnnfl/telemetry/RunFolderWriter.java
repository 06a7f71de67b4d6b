package dev.dnnfl.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dnnfl.train.TrainingResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Streams a run's telemetry into a run folder as JSON Lines while training goes on.
 *
 * <p>Format (one JSON object per line, field names as the record components, NaN and
 * infinities as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}):
 * <ul>
 *   <li>{@code run.json}: the {@link RunInfo} (one object);</li>
 *   <li>{@code iterations.jsonl}: {@link IterationRecord}s;</li>
 *   <li>{@code layers.jsonl}: {@link LayerSnapshot}s, {@code stats} keyed by {@link Quantity} name;</li>
 *   <li>{@code epochs.jsonl}: {@link EpochRecord}s;</li>
 *   <li>{@code outcome.json}: the {@link TrainingResult} (one object), written when the run ends.</li>
 * </ul>
 * While the run goes on the line files are named {@code *.jsonl.part}; closing the writer after
 * the run ended ({@link #onEnd}) moves them into place, so a complete file is never half-written.
 * Closing it without an outcome (the training threw) keeps only the new {@code run.json} and the
 * {@code .part} files and removes the complete series and {@code outcome.json} of any earlier run
 * in the folder: {@link Telemetry#read} then refuses the folder as a run that did not finish,
 * where it used to read an old outcome with the failed run's partial series as a valid run.
 * Lines are flushed at every epoch end.
 */
public final class RunFolderWriter implements TelemetrySink, AutoCloseable {
    static final String RUN = "run.json";
    static final String ITERATIONS = "iterations.jsonl";
    static final String LAYERS = "layers.jsonl";
    static final String EPOCHS = "epochs.jsonl";
    static final String OUTCOME = "outcome.json";
    static final String PART = ".part";

    private final Path folder;
    private final ObjectMapper mapper = TelemetryJson.mapper();
    private final BufferedWriter iterations;
    private final BufferedWriter layers;
    private final BufferedWriter epochs;
    private boolean closed;
    private boolean ended;

    private RunFolderWriter(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        iterations = Files.newBufferedWriter(folder.resolve(ITERATIONS + PART), StandardCharsets.UTF_8);
        layers = Files.newBufferedWriter(folder.resolve(LAYERS + PART), StandardCharsets.UTF_8);
        epochs = Files.newBufferedWriter(folder.resolve(EPOCHS + PART), StandardCharsets.UTF_8);
    }

    /** Opens a run folder for writing (created if missing; earlier files are replaced). */
    public static RunFolderWriter open(Path folder) {
        try {
            return new RunFolderWriter(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write telemetry to " + folder, e);
        }
    }

    /** The folder written to. */
    public Path folder() {
        return folder;
    }

    @Override
    public void onStart(RunInfo run) {
        writeWhole(RUN, run);
    }

    @Override
    public void onIteration(IterationRecord iteration) {
        line(iterations, iteration);
    }

    @Override
    public void onLayerSnapshot(LayerSnapshot snapshot) {
        line(layers, snapshot);
    }

    @Override
    public void onEpoch(EpochRecord epoch) {
        line(epochs, epoch);
        try {
            iterations.flush();
            layers.flush();
            epochs.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write telemetry to " + folder, e);
        }
    }

    @Override
    public void onEnd(TrainingResult outcome) {
        writeWhole(OUTCOME, outcome);
        ended = true;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            iterations.close();
            layers.close();
            epochs.close();
            for (String name : new String[]{ITERATIONS, LAYERS, EPOCHS}) {
                if (ended) {
                    Files.move(folder.resolve(name + PART), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(folder.resolve(name));
                }
            }
            if (!ended) Files.deleteIfExists(folder.resolve(OUTCOME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write telemetry to " + folder, e);
        }
    }

    private void line(BufferedWriter w, Object record) {
        try {
            w.write(mapper.writeValueAsString(record));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write telemetry to " + folder, e);
        }
    }

    private void writeWhole(String name, Object value) {
        try {
            Path tmp = folder.resolve(name + ".tmp");
            mapper.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
            Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
    }
}
