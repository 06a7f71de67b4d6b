package dev.dnnfl.telemetry;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.train.TrainingResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a run folder written by {@link RunFolderWriter} for offline replay. A run that did not
 * finish (its training failed or was cut off: no {@code outcome.json}) is refused, so a failed
 * run is never replayed as a valid one. Problems are {@link UserError}s naming the file and line.
 */
final class RunFolderReader {
    private RunFolderReader() {
    }

    static Telemetry read(Path folder) {
        if (Files.isRegularFile(folder)) throw UserError.missingFile(folder, "is a file, not a folder (expected a run folder)");
        if (!Files.isDirectory(folder)) throw UserError.missingFile(folder, "no such run folder");
        ObjectMapper mapper = TelemetryJson.mapper();
        Path runFile = folder.resolve(RunFolderWriter.RUN);
        if (!Files.isRegularFile(runFile)) throw UserError.missingFile(runFile, "missing: not a telemetry run folder");
        RunInfo run = whole(mapper, runFile, RunInfo.class);
        Path outcomeFile = folder.resolve(RunFolderWriter.OUTCOME);
        if (!Files.isRegularFile(outcomeFile)) {
            throw UserError.missingFile(folder, "the run did not finish (no " + RunFolderWriter.OUTCOME
                    + ": its training failed or was cut off); train it again");
        }
        List<IterationRecord> iterations = lines(mapper, folder, RunFolderWriter.ITERATIONS, IterationRecord.class);
        List<LayerSnapshot> snapshots = lines(mapper, folder, RunFolderWriter.LAYERS, LayerSnapshot.class);
        List<EpochRecord> epochs = lines(mapper, folder, RunFolderWriter.EPOCHS, EpochRecord.class);
        Optional<TrainingResult> outcome = Optional.of(whole(mapper, outcomeFile, TrainingResult.class));
        return new Telemetry(run, iterations, snapshots, epochs, outcome);
    }

    private static <T> T whole(ObjectMapper mapper, Path file, Class<T> type) {
        try {
            return mapper.readValue(file.toFile(), type);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            throw UserError.atLine(file.toString(), loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw UserError.missingFile(file, "cannot be read: " + e.getMessage());
        }
    }

    private static <T> List<T> lines(ObjectMapper mapper, Path folder, String name, Class<T> type) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) file = folder.resolve(name + RunFolderWriter.PART);
        if (!Files.isRegularFile(file)) throw UserError.missingFile(folder.resolve(name), "missing from the run folder");
        List<T> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                try {
                    out.add(mapper.readValue(line, type));
                } catch (JacksonException e) {
                    var loc = e.getLocation();
                    throw UserError.atLine(file.toString(), number, loc == null ? 0 : loc.getColumnNr(),
                            "not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw UserError.missingFile(file, "cannot be read: " + e.getMessage());
        }
        return out;
    }
}
