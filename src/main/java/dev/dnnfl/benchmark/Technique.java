package dev.dnnfl.benchmark;

import dev.dnnfl.spec.UserError;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One of the four fault-localisation techniques the benchmark runs, named by the study's tool
 * codes: DeepDiagnosis ({@code DD}), UMLAUT ({@code UM}), NeuraLint ({@code NL}) and DeepFD
 * ({@code DFD}). The code is the tool column of {@code outputs.tsv}; the lower-case code is the
 * name on the command line.
 */
public enum Technique {
    DD("DeepDiagnosis", true),
    UM("UMLAUT", true),
    NL("NeuraLint", false),
    DFD("DeepFD", false);

    private final String title;
    private final boolean repeats;

    Technique(String title, boolean repeats) {
        this.title = title;
        this.repeats = repeats;
    }

    /**
     * Whether the benchmark repeats the technique on every run. The study ran DeepDiagnosis and
     * UMLAUT 20 times and reported the mode, but NeuraLint (static checks, deterministic) and
     * DeepFD (which already trains 20 instances per diagnosis) once (section 5.4, table 12).
     */
    public boolean repeats() {
        return repeats;
    }

    /** The tool code of the scorer files and the tables ({@code DD}, {@code UM}, {@code NL}, {@code DFD}). */
    public String code() {
        return name();
    }

    /** The technique's own name, for captions. */
    public String title() {
        return title;
    }

    /** The technique of a tool code, or {@code null} when the code names no technique (e.g. {@code combined}). */
    public static Technique fromCode(String code) {
        for (Technique t : values()) {
            if (t.name().equals(code)) return t;
        }
        return null;
    }

    /**
     * The techniques of a comma-separated command-line list ({@code dd,um,nl,dfd}, any case);
     * an unknown name is a {@link UserError} naming it and the accepted names.
     */
    public static Set<Technique> parseList(String option, String text) {
        Set<Technique> chosen = EnumSet.noneOf(Technique.class);
        for (String part : text.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) continue;
            Technique t = fromCode(name.toUpperCase(Locale.ROOT));
            if (t == null) {
                throw new UserError(option + ": unknown technique '" + name + "' (expected one of: "
                        + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")");
            }
            chosen.add(t);
        }
        if (chosen.isEmpty()) throw new UserError(option + ": no technique given (expected e.g. dd,um,nl,dfd)");
        return chosen;
    }
}
