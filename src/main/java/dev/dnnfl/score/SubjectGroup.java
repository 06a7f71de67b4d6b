package dev.dnnfl.score;

/**
 * A set of subjects over which scores are averaged: the artificial ones ({@code A}), the real
 * ones ({@code R}) or all of them ({@code all}), as the study reports them.
 */
public enum SubjectGroup {
    ARTIFICIAL("A"),
    REAL("R"),
    ALL("all");

    private final String label;

    SubjectGroup(String label) {
        this.label = label;
    }

    /** The label used in tables and in the JSON output ({@code A}, {@code R}, {@code all}). */
    public String label() {
        return label;
    }

    /** Whether a subject of the given kind belongs to this group. */
    public boolean contains(SubjectKind kind) {
        return switch (this) {
            case ARTIFICIAL -> kind == SubjectKind.ARTIFICIAL;
            case REAL -> kind == SubjectKind.REAL;
            case ALL -> true;
        };
    }
}
