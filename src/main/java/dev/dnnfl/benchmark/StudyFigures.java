package dev.dnnfl.benchmark;

import dev.dnnfl.score.Score;
import dev.dnnfl.score.SubjectGroup;
import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The study's own figures that dnnfl's benchmark is compared with: per tool and subject its RC,
 * PR and F3 before and after neutrality analysis ({@code scores-study.tsv}, tables 8 and 10), and
 * optionally its execution time in seconds ({@code times-study.tsv}, table 12; absent = N/A).
 */
public record StudyFigures(Map<String, Map<String, Score>> before, Map<String, Map<String, Score>> after,
                           Map<String, Map<String, Double>> seconds) {
    public StudyFigures {
        before = copy(before);
        after = copy(after);
        seconds = copy(seconds);
    }

    private static <V> Map<String, Map<String, V>> copy(Map<String, Map<String, V>> m) {
        Map<String, Map<String, V>> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return Collections.unmodifiableMap(c);
    }

    /**
     * Reads {@code scores-study.tsv} ({@code id tool RC PR F3 RC PR F3}: original ground truth,
     * then after neutrality analysis) and, when {@code times} is not null, {@code times-study.tsv}
     * ({@code id tool seconds}).
     */
    public static StudyFigures read(Path scores, Path times) {
        Map<String, Map<String, Score>> before = new LinkedHashMap<>();
        Map<String, Map<String, Score>> after = new LinkedHashMap<>();
        for (Row row : rows(scores, 8)) {
            try {
                before.computeIfAbsent(row.cells[1], k -> new LinkedHashMap<>()).put(row.cells[0],
                        new Score(row.number(2), row.number(3), row.number(4)));
                after.computeIfAbsent(row.cells[1], k -> new LinkedHashMap<>()).put(row.cells[0],
                        new Score(row.number(5), row.number(6), row.number(7)));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        Map<String, Map<String, Double>> seconds = new LinkedHashMap<>();
        if (times != null) {
            for (Row row : rows(times, 3)) {
                seconds.computeIfAbsent(row.cells[1], k -> new LinkedHashMap<>()).put(row.cells[0], row.number(2));
            }
        }
        return new StudyFigures(before, after, seconds);
    }

    private record Row(Path file, int line, String[] cells) {
        double number(int column) {
            try {
                double x = Double.parseDouble(cells[column].trim());
                if (!(x >= 0)) throw new NumberFormatException();
                return x;
            } catch (NumberFormatException e) {
                throw error("column " + (column + 1) + ": expected a number >= 0, found '" + cells[column] + "'");
            }
        }

        UserError error(String what) {
            return UserError.atLine(file.toString(), line, 0, what);
        }
    }

    private static List<Row> rows(Path file, int columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.missingFile(file, "cannot read the study's figures (" + e.getMessage() + ")");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            if (c.length != columns) {
                throw UserError.atLine(file.toString(), i + 1, 0, "expected " + columns + " tab-separated columns, found "
                        + c.length);
            }
            rows.add(new Row(file, i + 1, c));
        }
        return rows;
    }

    /** The tools the study scored, in its order. */
    public List<String> tools() {
        return List.copyOf(before.keySet());
    }

    /** A tool's mean scores over the study's artificial, real and all subjects (kinds by id). */
    public Map<SubjectGroup, Score> averages(String tool, boolean afterNeutrality) {
        Map<String, Score> perSubject = (afterNeutrality ? after : before).getOrDefault(tool, Map.of());
        Map<SubjectGroup, Score> means = new EnumMap<>(SubjectGroup.class);
        for (SubjectGroup g : SubjectGroup.values()) {
            List<Score> scores = perSubject.entrySet().stream()
                    .filter(e -> g.contains(BenchmarkSubject.kindOf(e.getKey()))).map(Map.Entry::getValue).toList();
            if (scores.isEmpty()) continue;
            means.put(g, new Score(scores.stream().mapToDouble(Score::rc).average().orElseThrow(),
                    scores.stream().mapToDouble(Score::pr).average().orElseThrow(),
                    scores.stream().mapToDouble(Score::f3).average().orElseThrow()));
        }
        return means;
    }

    /** The study's time of a tool on a subject; empty when it was N/A or not recorded. */
    public OptionalDouble seconds(String tool, String subjectId) {
        Double s = seconds.getOrDefault(tool, Map.of()).get(subjectId);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** A tool's mean time over the subjects it ran on (the study's "T.A." row of table 12). */
    public OptionalDouble meanSeconds(String tool) {
        return seconds.getOrDefault(tool, Map.of()).values().stream().mapToDouble(Double::doubleValue).average();
    }

    /** Whether the study's times were given. */
    public boolean hasTimes() {
        return !seconds.isEmpty();
    }

    @Override
    public String toString() {
        return "StudyFigures" + Objects.toString(before.keySet());
    }
}
