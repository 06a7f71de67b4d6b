package dev.dnnfl.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The two scoring modes of {@code dnnfl score}: the architecture's definition or the study's. */
public enum ScoringMode {
    PLAIN,
    STUDY;

    /** The rules of this mode. */
    public ScoringRules rules() {
        return this == PLAIN ? ScoringRules.plain() : ScoringRules.study();
    }

    /** The name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode of a name ({@code plain}, {@code study}, any case). */
    public static ScoringMode parse(String text) {
        for (ScoringMode m : values()) {
            if (m.label().equalsIgnoreCase(text.trim())) return m;
        }
        throw new IllegalArgumentException("unknown scoring mode '" + text + "' (expected one of: "
                + Arrays.stream(values()).map(ScoringMode::label).collect(Collectors.joining(", ")) + ")");
    }
}
