package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.spec.UserError;
import dev.dnnfl.telemetry.EpochRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The finished runs of a DeepFD training session, one JSON line per run ({@code runs.jsonl} in
 * the work folder), appended as each run finishes so an interrupted session resumes without
 * retraining them. A run is stored as its trace (check rows, last epoch, activations), not as
 * features, so the feature definitions can change between sessions. A torn last line (the
 * process was killed while writing) is ignored.
 */
public final class RunStore {
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, RunOutcome> outcomes = new LinkedHashMap<>();

    private RunStore(Path file) {
        this.file = file;
    }

    /** Opens (or creates) the store in a work folder and reads the runs already there. */
    public static RunStore open(Path workDir) {
        RunStore store = new RunStore(workDir.resolve("runs.jsonl"));
        try {
            Files.createDirectories(workDir);
            if (Files.exists(store.file)) {
                for (String line : Files.readAllLines(store.file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    try {
                        RunOutcome o = store.fromJson(store.mapper.readTree(line));
                        store.outcomes.put(o.key(), o);
                    } catch (IOException | RuntimeException e) {
                        // A torn line from an interrupted write: that run is simply redone.
                    }
                }
            }
        } catch (IOException e) {
            throw UserError.missingFile(workDir, "cannot use the work folder: " + e.getMessage());
        }
        return store;
    }

    /** The stored outcome of a run, or null. */
    public synchronized RunOutcome get(String key) {
        return outcomes.get(key);
    }

    /** Every stored outcome. */
    public synchronized List<RunOutcome> all() {
        return List.copyOf(outcomes.values());
    }

    /** Appends one outcome (thread-safe). */
    public synchronized void add(RunOutcome outcome) {
        outcomes.put(outcome.key(), outcome);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            w.write(mapper.writeValueAsString(toJson(outcome)));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode toJson(RunOutcome o) {
        ObjectNode n = mapper.createObjectNode();
        n.put("subject", o.subject());
        n.put("variant", o.variant());
        n.put("run", o.run());
        n.put("seed", o.seed());
        if (!o.completed()) {
            n.put("failure", o.failure());
            return n;
        }
        ArrayNode checks = n.putArray("checks");
        for (CheckRow r : o.trace().checks()) {
            ArrayNode row = checks.addArray();
            row.add(r.epoch());
            for (CheckSeries s : CheckSeries.values()) row.add(r.get(s));
        }
        EpochRecord e = o.trace().lastEpoch();
        ArrayNode last = n.putArray("last_epoch");
        last.add(e.epoch()).add(e.trainLoss()).add(e.trainAccuracy()).add(e.validationLoss())
                .add(e.validationAccuracy()).add(e.learningRate()).add(e.millis());
        ObjectNode act = n.putObject("activations");
        o.trace().activations().forEach((layer, h) -> act.putArray(String.valueOf(layer))
                .add(h.fractionZero()).add(h.fractionSaturated()));
        return n;
    }

    RunOutcome fromJson(JsonNode n) {
        String subject = n.get("subject").asText();
        String variant = n.get("variant").asText();
        int run = n.get("run").asInt();
        long seed = n.get("seed").asLong();
        if (n.has("failure")) return new RunOutcome(subject, variant, run, seed, null, n.get("failure").asText());
        List<CheckRow> checks = new ArrayList<>();
        for (JsonNode row : n.get("checks")) {
            EnumMap<CheckSeries, Double> values = new EnumMap<>(CheckSeries.class);
            int i = 1;
            for (CheckSeries s : CheckSeries.values()) values.put(s, row.get(i++).asDouble());
            checks.add(new CheckRow(row.get(0).asInt(), values));
        }
        JsonNode l = n.get("last_epoch");
        EpochRecord last = new EpochRecord(l.get(0).asInt(), l.get(1).asDouble(), l.get(2).asDouble(), l.get(3).asDouble(),
                l.get(4).asDouble(), l.get(5).asDouble(), l.get(6).asLong());
        Map<Integer, ActivationHealth> act = new TreeMap<>();
        n.path("activations").fields().forEachRemaining(f -> act.put(Integer.parseInt(f.getKey()),
                new ActivationHealth(f.getValue().get(0).asDouble(), f.getValue().get(1).asDouble())));
        return new RunOutcome(subject, variant, run, seed, new RunTrace(checks, last, act), null);
    }
}
