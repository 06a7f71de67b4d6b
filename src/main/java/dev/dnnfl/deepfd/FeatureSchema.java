package dev.dnnfl.deepfd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which features DeepFD computes from a run, as read from the editable definitions file
 * ({@code features/deepfd-features.json}): the final-epoch values, then for each check series
 * every statistic, in that order (spec deepfd.md §3.3). The default file gives 4 + 20 × 8 = 164
 * features. {@code sha256} hashes the definitions (the file re-serialised without layout, so
 * only a change of content changes it): it is the feature schema hash that trained classifiers
 * are checked against.
 */
public record FeatureSchema(List<FinalEpochValue> finalEpoch, List<CheckSeries> series,
                            List<SeriesStatistic> statistics, String sha256) {
    /** Where the definitions live, relative to the project folder. */
    public static final String DEFAULT_FILE = "features/deepfd-features.json";

    public FeatureSchema {
        finalEpoch = List.copyOf(finalEpoch);
        series = List.copyOf(series);
        statistics = List.copyOf(statistics);
    }

    /** Reads a definitions file; every problem is a {@link UserError} naming the file and field. */
    public static FeatureSchema read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UserError.missingFile(file, "feature definitions not found (expected a JSON file with "
                    + "final_epoch, series and statistics; the project ships " + DEFAULT_FILE + ")");
        } catch (IOException e) {
            throw UserError.missingFile(file, "cannot read feature definitions: " + e.getMessage());
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses definitions from text; {@code source} names it in error messages. */
    public static FeatureSchema parse(String json, String source) {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw UserError.atLine(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw UserError.atField(source, "/", "expected a JSON object");
        List<FinalEpochValue> finals = new ArrayList<>();
        for (String key : strings(root, "final_epoch", source)) finals.add(parseName(source, "/final_epoch", key, FinalEpochValue::parse));
        List<CheckSeries> series = new ArrayList<>();
        for (String key : strings(root, "series", source)) series.add(parseName(source, "/series", key, CheckSeries::parse));
        List<SeriesStatistic> stats = new ArrayList<>();
        for (String key : strings(root, "statistics", source)) stats.add(parseName(source, "/statistics", key, SeriesStatistic::parse));
        if (new LinkedHashSet<>(series).size() != series.size() || new LinkedHashSet<>(stats).size() != stats.size()
                || new LinkedHashSet<>(finals).size() != finals.size()) {
            throw UserError.atField(source, "/", "a name is listed twice (each feature must be unique)");
        }
        if (finals.isEmpty() && (series.isEmpty() || stats.isEmpty())) {
            throw UserError.atField(source, "/", "defines no feature (list final_epoch values or series and statistics)");
        }
        return new FeatureSchema(finals, series, stats, hash(mapper, root));
    }

    private static <T> T parseName(String source, String pointer, String key, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(key);
        } catch (IllegalArgumentException e) {
            throw UserError.atField(source, pointer, e.getMessage());
        }
    }

    private static List<String> strings(JsonNode root, String field, String source) {
        JsonNode node = root.get(field);
        if (node == null) return List.of();
        if (!node.isArray()) throw UserError.atField(source, "/" + field, "expected an array of names, found " + node);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) throw UserError.atField(source, "/" + field + "/" + i, "expected a name, found " + node.get(i));
            out.add(node.get(i).asText());
        }
        return out;
    }

    private static String hash(ObjectMapper mapper, JsonNode root) {
        try {
            // Only what defines the features enters the hash: editing the description keeps it.
            com.fasterxml.jackson.databind.node.ObjectNode defining = mapper.createObjectNode();
            for (String f : List.of("final_epoch", "series", "statistics")) {
                if (root.has(f)) defining.set(f, root.get(f));
            }
            byte[] canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(defining);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feature names in order: {@code ft_<value>} then {@code ft_<series>_<statistic>}. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (FinalEpochValue v : finalEpoch) names.add("ft_" + v.key());
        for (CheckSeries s : series) {
            for (SeriesStatistic st : statistics) names.add("ft_" + s.key() + "_" + st.key());
        }
        return names;
    }

    /** The number of features. */
    public int size() {
        return finalEpoch.size() + series.size() * statistics.size();
    }

    /** The feature vector of one run; NaN and ±∞ become 0 (spec §7.4). */
    public double[] extract(RunTrace run) {
        double[] out = new double[size()];
        int i = 0;
        for (FinalEpochValue v : finalEpoch) out[i++] = finite(v.of(run.lastEpoch()));
        for (CheckSeries s : series) {
            double[] column = run.checks().stream().mapToDouble(r -> r.get(s)).toArray();
            for (SeriesStatistic st : statistics) out[i++] = finite(st.of(column));
        }
        return out;
    }

    private static double finite(double x) {
        return Double.isFinite(x) ? x : 0.0;
    }
}
