package dev.dnnfl.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * How one technique ran on a subject: its localisation (the mode over its runs, with how many
 * agreed), its wall time in milliseconds, and a note when it could not run as asked (why its
 * localisation is {@code N/A}, or that a stop request ended its findings early).
 */
public record TechniqueRun(String technique, Localisation localisation, long millis, Optional<String> note) {
    public TechniqueRun {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(localisation, "localisation");
        Objects.requireNonNull(note, "note");
    }
}
