package dev.dnnfl.benchmark;

import dev.dnnfl.score.ScoreProvenance;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A diagnoser that replays stored localisations instead of running the techniques: the lines of
 * an {@code outputs.tsv} ({@code id tool faults}, e.g. the study's own outputs) with the times of
 * a {@code timings.tsv} next to it when there is one (0 s otherwise). It puts another tool's
 * results, or an earlier run's, through the benchmark's tables; a subject or technique missing
 * from the file is {@code N/A}. Its rules hash is that of the replayed file.
 */
public final class ReplayDiagnoser implements SubjectDiagnoser {
    private final Map<String, FaultList> outputs;
    private final Map<String, Double> seconds;
    private final String sha256;

    private ReplayDiagnoser(Map<String, FaultList> outputs, Map<String, Double> seconds, String sha256) {
        this.outputs = Map.copyOf(outputs);
        this.seconds = Map.copyOf(seconds);
        this.sha256 = sha256;
    }

    /** Reads an {@code outputs.tsv} and, if present beside it, its {@code timings.tsv}. */
    public static ReplayDiagnoser read(Path outputsFile) {
        Map<String, FaultList> outputs = new HashMap<>();
        List<String> lines = lines(outputsFile);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length != 3) {
                throw UserError.atLine(outputsFile.toString(), i + 1, 0,
                        "expected 3 tab-separated columns id<TAB>tool<TAB>faults, found " + c.length);
            }
            try {
                outputs.put(c[0].trim() + "\t" + c[1].trim(), FaultList.parse(c[2]));
            } catch (UserError e) {
                throw UserError.atLine(outputsFile.toString(), i + 1, 0, "faults: " + e.getMessage());
            }
        }
        Map<String, Double> seconds = new HashMap<>();
        Path timings = outputsFile.toAbsolutePath().resolveSibling("timings.tsv");
        if (Files.isRegularFile(timings)) {
            List<String> t = lines(timings);
            for (int i = 0; i < t.size(); i++) {
                String[] c = t.get(i).split("\t", -1);
                if (t.get(i).startsWith("#") || c.length < 3 || c[0].equals("id")) continue;
                try {
                    seconds.put(c[0].trim() + "\t" + c[1].trim(), Double.parseDouble(c[2].trim()));
                } catch (NumberFormatException e) {
                    throw UserError.atLine(timings.toString(), i + 1, 0, "seconds: not a number '" + c[2] + "'");
                }
            }
        }
        return new ReplayDiagnoser(outputs, seconds, ScoreProvenance.sha256(outputsFile));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.missingFile(file, "cannot read the replayed outputs (" + e.getMessage() + ")");
        }
    }

    @Override
    public SubjectDiagnosis diagnose(BenchmarkSubject subject, Set<Technique> techniques, long seed) {
        Map<Technique, TimedLocalisation> found = new EnumMap<>(Technique.class);
        for (Technique t : techniques) {
            String key = subject.id() + "\t" + t.code();
            found.put(t, new TimedLocalisation(outputs.getOrDefault(key, FaultList.notApplicableList()),
                    seconds.getOrDefault(key, 0.0)));
        }
        return new SubjectDiagnosis(found, "replay:" + sha256, Map.of());
    }
}
