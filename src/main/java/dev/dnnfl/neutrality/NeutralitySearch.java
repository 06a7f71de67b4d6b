package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;
import com.flipkart.zjsonpatch.JsonDiff;
import com.flipkart.zjsonpatch.JsonPatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The study's Algorithm 1: a breadth-first search for alternative fixes of a buggy subject.
 *
 * <p>Each dequeued node's neighbours (one hyperparameter changed) are trained and measured; those
 * at least as fit as their parent are neutral, and the {@code topK} fittest neutral ones are
 * enqueued; those at least as fit as the known fix are alternative ground truths. A configuration
 * already seen in this search is not evaluated again, and evaluations come from the
 * {@link EvaluationStore} when an earlier (interrupted) search recorded them.
 */
public final class NeutralitySearch {
    private final Neighbourhood neighbourhood;
    private final FitnessEvaluator evaluator;
    private final EvaluationStore store;
    private final Significance significance;
    private final Direction direction;
    private final SearchLimits limits;
    private final Clock clock;
    private final int runsPerNode;

    private long performed;
    private long requested;

    public NeutralitySearch(Neighbourhood neighbourhood, FitnessEvaluator evaluator, EvaluationStore store,
                            Significance significance, Direction direction, SearchLimits limits,
                            int runsPerNode, Clock clock) {
        this.neighbourhood = neighbourhood;
        this.evaluator = evaluator;
        this.store = store;
        this.significance = significance;
        this.direction = direction;
        this.limits = limits;
        this.runsPerNode = runsPerNode;
        this.clock = clock;
    }

    /**
     * Runs the search from the buggy subject, comparing alternatives with the fitness of the known
     * fix. {@code onNode} sees every node as soon as it is evaluated (for progress).
     */
    public SearchResult run(JsonNode buggy, Fitness knownFix, Consumer<SearchNode> onNode) {
        Instant start = clock.instant();
        List<SearchNode> nodes = new ArrayList<>();
        List<SearchResult.Edge> edges = new ArrayList<>();
        Set<String> seen = new HashSet<>();

        SearchNode root = new SearchNode(0, -1, 0, "", buggy, JsonDiff.asJson(buggy, buggy),
                fitness(buggy), false, false);
        nodes.add(root);
        seen.add(EvaluationStore.keyOf(buggy));
        onNode.accept(root);
        Deque<SearchNode> queue = new ArrayDeque<>();
        queue.add(root);
        String stop = "queue empty";

        search:
        while (!queue.isEmpty()) {
            SearchNode current = queue.poll();
            List<SearchNode> neutral = new ArrayList<>();
            for (Neighbour neighbour : neighbourhood.of(current.subject())) {
                String limit = limitReached(start);
                if (limit != null) {
                    stop = limit;
                    break search;
                }
                JsonNode subject = JsonPatch.apply(neighbour.patch(), current.subject());
                if (!seen.add(EvaluationStore.keyOf(subject))) {
                    requested += runsPerNode; // a search without de-duplication would train it again
                    continue;
                }
                Fitness f = fitness(subject);
                boolean alternative = direction.neutral(f, knownFix);
                SearchNode node = new SearchNode(nodes.size(), current.id(), current.depth() + 1,
                        neighbour.operator(), subject, JsonDiff.asJson(buggy, subject), f, alternative,
                        alternative && significance.significantlyBetter(f, knownFix, direction));
                nodes.add(node);
                onNode.accept(node);
                if (direction.neutral(f, current.fitness())) neutral.add(node);
            }
            Comparator<SearchNode> fittestFirst = Comparator.comparingDouble(n -> n.fitness().mean());
            if (direction == Direction.HIGHER_IS_BETTER) fittestFirst = fittestFirst.reversed();
            neutral.stream().sorted(fittestFirst).limit(limits.topK()).forEach(n -> {
                queue.add(n);
                edges.add(new SearchResult.Edge(current.id(), n.id(), n.operator()));
            });
        }
        return new SearchResult(nodes, edges, knownFix, direction, performed, requested, stop);
    }

    private Fitness fitness(JsonNode subject) {
        requested += runsPerNode;
        return store.find(subject).orElseGet(() -> {
            Fitness f = evaluator.evaluate(subject);
            performed += f.runs().size();
            store.record(subject, f);
            return f;
        });
    }

    private String limitReached(Instant start) {
        if (!limits.budget().isZero() && !clock.instant().isBefore(start.plus(limits.budget()))) {
            return "time budget of " + limits.budget() + " spent";
        }
        if (limits.maxTrainings() > 0 && performed >= limits.maxTrainings()) {
            return "limit of " + limits.maxTrainings() + " trainings reached";
        }
        return null;
    }
}
