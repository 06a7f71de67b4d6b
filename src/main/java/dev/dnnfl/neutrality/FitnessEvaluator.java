package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Trains a configuration several times and measures it. Implementations decide how (the real one
 * trains with DL4J); the search only sees the metric values.
 */
@FunctionalInterface
public interface FitnessEvaluator {
    /** The fitness of the subject (canonical JSON). */
    Fitness evaluate(JsonNode subject);
}
