package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A mutation operator: a way to change one aspect of a subject, as RFC 6902 patches on its JSON.
 * DeepFD's operators draw one change at random ({@link #draw}); a search such as the neutrality
 * analysis enumerates every change ({@link #neighbours}). Operators never modify the subject they
 * are given.
 */
public interface MutationOperator {
    /** The operator's name, which is also the type prefix of its mutations' names ({@code lr}). */
    String key();

    /** One change drawn with the given generator, or empty when the operator does not apply. */
    Optional<Mutation> draw(JsonNode subject, Random random);

    /** Every change this operator can make to the subject, in a fixed order. */
    List<Mutation> neighbours(JsonNode subject);
}
