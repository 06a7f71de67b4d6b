package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.spec.UserError;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every fitness evaluation of a search, keyed by the canonical subject and its seeds, kept in
 * memory and appended to a JSON Lines file as soon as it is known, so an interrupted search
 * resumes with nothing lost and the same configuration is never trained twice.
 *
 * <p>Line format: {@code {"key": "<sha256>", "seeds": "<seed list>", "runs": [metric, …]}}.
 * A truncated last line (a crash while writing) is ignored; any other bad line is an error
 * naming the file and line.
 */
public final class EvaluationStore implements AutoCloseable {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Map<String, Fitness> known = new LinkedHashMap<>();
    private final BufferedWriter out;
    private final String seeds;

    private EvaluationStore(BufferedWriter out, String seeds) {
        this.out = out;
        this.seeds = seeds;
    }

    /** A store that keeps evaluations in memory only. */
    public static EvaluationStore inMemory(String seeds) {
        return new EvaluationStore(null, seeds);
    }

    /** Opens (or creates) the store file, loading what an earlier run recorded for these seeds. */
    public static EvaluationStore open(Path file, String seeds) {
        EvaluationStore store;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            store = new EvaluationStore(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), seeds);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = CANONICAL.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    if (i == lines.size() - 1) break; // a crash cut the last line short
                    throw UserError.atLine(file.toString(), i + 1, 0, "not a JSON evaluation record: " + e.getOriginalMessage());
                }
                if (!node.hasNonNull("key") || !node.path("runs").isArray() || node.path("runs").isEmpty()) {
                    throw UserError.atLine(file.toString(), i + 1, 0, "evaluation record needs 'key' and a non-empty 'runs' array");
                }
                if (!seeds.equals(node.path("seeds").asText())) continue;
                List<Double> runs = new ArrayList<>();
                node.path("runs").forEach(r -> runs.add(r.asDouble()));
                store.known.put(node.get("key").asText(), new Fitness(runs));
            }
        } catch (IOException e) {
            throw new UserError(file + ": cannot open the evaluation store: " + e.getMessage(), e);
        }
        return store;
    }

    /** The canonical key of a subject: SHA-256 of its JSON with object keys sorted. */
    public static String keyOf(JsonNode subject) {
        try {
            byte[] bytes = CANONICAL.writeValueAsBytes(CANONICAL.treeToValue(subject, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The recorded fitness of a subject, if it was evaluated before. */
    public Optional<Fitness> find(JsonNode subject) {
        return Optional.ofNullable(known.get(keyOf(subject)));
    }

    /** Records a fitness and appends it to the file at once. */
    public void record(JsonNode subject, Fitness fitness) {
        String key = keyOf(subject);
        known.put(key, fitness);
        if (out == null) return;
        ObjectNode line = CANONICAL.createObjectNode();
        line.put("key", key);
        line.put("seeds", seeds);
        ArrayNode runs = line.putArray("runs");
        fitness.runs().forEach(runs::add);
        try {
            out.write(CANONICAL.writeValueAsString(line));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many distinct configurations are recorded. */
    public int size() {
        return known.size();
    }

    @Override
    public void close() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
