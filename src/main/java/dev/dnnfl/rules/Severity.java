package dev.dnnfl.rules;

import java.util.Locale;

/**
 * How serious a finding is: an {@code ERROR} names a fault that breaks training, a
 * {@code WARNING} a likely problem or a symptom without a fault type, an {@code INFO} a remark.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The severity named in a rule's {@code @severity} metadata, case-insensitive. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
        }
    }
}
