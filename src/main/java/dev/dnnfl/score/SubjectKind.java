package dev.dnnfl.score;

import java.util.Locale;

/**
 * Where a benchmark subject's fault comes from: an artificial (mutated) fault or a real one
 * reported by a developer. Written {@code A} or {@code R} in {@code ground-truth.tsv}.
 */
public enum SubjectKind {
    ARTIFICIAL("A"),
    REAL("R");

    private final String code;

    SubjectKind(String code) {
        this.code = code;
    }

    /** The one-letter code of the scorer files and of the averages. */
    public String code() {
        return code;
    }

    /** The kind of a code {@code A} or {@code R} (case-insensitive), or {@code null} when unknown. */
    static SubjectKind fromCode(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (SubjectKind k : values()) {
            if (k.code.equals(t)) return k;
        }
        return null;
    }
}
