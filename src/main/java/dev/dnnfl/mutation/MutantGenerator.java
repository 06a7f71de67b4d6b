package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.PatchFaults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Builds mutants of a subject (spec deepfd.md §5.3–5.4). Every mutant is built from the original
 * subject with its own patch, never from another mutant (the original shared one mutated
 * configuration across multi-fault mutants, defect 6). All random choices come from the
 * generator passed in.
 */
public final class MutantGenerator {
    /** Separates the mutations in a mutant's name, as DeepFD does. */
    public static final String SEPARATOR = "__";

    private final List<MutationOperator> operators;

    /** A generator using the given operators. */
    public MutantGenerator(List<MutationOperator> operators) {
        if (operators.isEmpty()) throw new IllegalArgumentException("no mutation operators");
        this.operators = List.copyOf(operators);
    }

    /** A generator with DeepFD's five operators. */
    public static MutantGenerator deepFd() {
        return new MutantGenerator(List.of(DeepFdOperator.values()));
    }

    /**
     * Up to {@code count} distinct single-fault mutants: each draws an operator uniformly at
     * random, then a value (DeepFD's random fault type). Gives fewer when the operators run out
     * of new values.
     */
    public List<Mutant> singleFault(JsonNode original, int count, Random random) {
        Map<String, Mutant> mutants = new LinkedHashMap<>();
        for (int attempt = 0; attempt < count * 20 && mutants.size() < count; attempt++) {
            MutationOperator op = operators.get(random.nextInt(operators.size()));
            Optional<Mutation> m = op.draw(original, random);
            if (m.isPresent() && !mutants.containsKey(m.get().name())) {
                mutants.put(m.get().name(), combine(original, List.of(m.get())));
            }
        }
        return List.copyOf(mutants.values());
    }

    /**
     * Up to {@code count} distinct mutants with {@code faults} faults each: choose that many
     * distinct operators among those with candidates, one candidate mutation of each (DeepFD takes
     * the values of single-fault mutants judged faulty), applied in that order to the original.
     * Empty when fewer operators than {@code faults} have candidates.
     */
    public List<Mutant> multiFault(JsonNode original, Map<String, List<Mutation>> candidates, int faults, int count,
                                   Random random) {
        if (faults < 2 || faults > 5) throw new IllegalArgumentException("faults must be 2..5, found " + faults);
        List<String> types = candidates.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).sorted().collect(Collectors.toCollection(ArrayList::new));
        if (types.size() < faults) return List.of();
        Map<String, Mutant> mutants = new LinkedHashMap<>();
        for (int attempt = 0; attempt < count * 20 && mutants.size() < count; attempt++) {
            Collections.shuffle(types, random);
            List<Mutation> chosen = new ArrayList<>();
            for (String type : types.subList(0, faults)) {
                List<Mutation> values = candidates.get(type);
                chosen.add(values.get(random.nextInt(values.size())));
            }
            Mutant m = combine(original, chosen);
            mutants.putIfAbsent(m.name(), m);
        }
        return List.copyOf(mutants.values());
    }

    /**
     * The mutant that applies the mutations, in order, to the original: its JSON gets the id
     * {@code <id>.<name>}, the ground truth of its patch and no fix.
     */
    public static Mutant combine(JsonNode original, List<Mutation> mutations) {
        ArrayNode patch = JsonNodeFactory.instance.arrayNode();
        for (Mutation m : mutations) patch.addAll(m.patch());
        String name = mutations.stream().map(Mutation::name).collect(Collectors.joining(SEPARATOR));
        JsonNode mutated = JsonPatch.apply(patch, original);
        FaultList truth = PatchFaults.of(original, patch, original.path("id").asText("subject"));
        ObjectNode subject = (ObjectNode) mutated;
        subject.put("id", original.path("id").asText("subject") + "." + name);
        ArrayNode gt = subject.putArray("ground_truth");
        truth.faults().forEach(f -> gt.add(f.toString()));
        subject.remove("fix");
        return new Mutant(name, subject, patch, mutations, truth);
    }
}
