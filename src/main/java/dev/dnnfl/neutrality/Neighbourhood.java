package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The neighbours of a subject: every single-hyperparameter change the search may try. */
@FunctionalInterface
public interface Neighbourhood {
    /** The neighbours of the subject (canonical JSON), in a deterministic order. */
    List<Neighbour> of(JsonNode subject);
}
