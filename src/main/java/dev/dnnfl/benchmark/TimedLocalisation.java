package dev.dnnfl.benchmark;

import dev.dnnfl.spec.FaultList;

import java.util.Objects;

/** What one technique localised on one subject in one run, and how long it took in seconds. */
public record TimedLocalisation(FaultList faults, double seconds) {
    public TimedLocalisation {
        Objects.requireNonNull(faults, "faults");
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be finite and >= 0, found " + seconds);
        }
    }
}
