package dev.dnnfl.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A format a result is rendered in: a text table, Markdown, tab-separated values or JSON. */
public enum ReportFormat {
    TEXT("text"),
    MARKDOWN("md"),
    TSV("tsv"),
    JSON("json");

    private final String label;

    ReportFormat(String label) {
        this.label = label;
    }

    /** The name used on the command line ({@code text}, {@code md}, {@code tsv}, {@code json}). */
    public String label() {
        return label;
    }

    /** The format of a command-line name, any case. */
    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.label.equalsIgnoreCase(text.trim())) return f;
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected one of: "
                + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")) + ")");
    }
}
