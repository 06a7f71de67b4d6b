package dev.dnnfl.deepfd;

/**
 * A finished run: its job's coordinates, the trace DeepFD keeps of it, or the reason it failed
 * ({@code trace} is then null).
 */
public record RunOutcome(String subject, String variant, int run, long seed, RunTrace trace, String failure) {
    /** Whether the run completed. */
    public boolean completed() {
        return trace != null;
    }

    /** The key of the run, as {@link RunJob#key()}. */
    public String key() {
        return subject + "/" + variant + "#" + run;
    }
}
