package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One training run to do: the subject id, the variant ({@code origin} or a mutant's name), the
 * run number, its seed and the variant's JSON.
 */
public record RunJob(String subject, String variant, int run, long seed, JsonNode json) {
    /** The key under which the run's outcome is stored. */
    public String key() {
        return subject + "/" + variant + "#" + run;
    }
}
