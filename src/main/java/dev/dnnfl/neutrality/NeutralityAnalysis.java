package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.mutation.KillTest;
import dev.dnnfl.mutation.Mutation;
import dev.dnnfl.mutation.NeutralityOperator;
import dev.dnnfl.spec.Patch;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Neutrality analysis of one buggy subject (the study's section 3): measures its known fix,
 * searches for alternative fixes with the Table 2 operators, and summarises what it found.
 * Every evaluation is recorded in {@code evaluations.jsonl} under the output folder, so a second
 * run with the same seeds resumes without training anything twice.
 */
public final class NeutralityAnalysis {
    /** The study's number of training runs per node. */
    public static final int STUDY_RUNS = 10;

    private NeutralityAnalysis() {
    }

    /** What the analysis found: the search, its summary and the graph in DOT. */
    public record Outcome(SearchResult search, NeutralitySummary summary, String dot) {
    }

    /**
     * Runs the analysis. {@code evaluator} trains a configuration once per seed ({@link TrainedFitness}
     * in real use); {@code storeFile} persists evaluations; {@code onNode} sees each node as it is
     * evaluated.
     */
    public static Outcome run(Subject buggy, FitnessEvaluator evaluator, Path storeFile, int runs,
                              SearchLimits limits, Clock clock, Consumer<SearchNode> onNode) {
        if (buggy.fix() == null) {
            throw new UserError(buggy.id() + ": /fix: neutrality analysis compares alternatives with the known fix; the subject has none");
        }
        JsonNode program = Patch.program(buggy.json());
        JsonNode fixed = Patch.program(Patch.fixed(buggy).json());
        Direction direction = TrainedFitness.directionOf(buggy);
        try (EvaluationStore store = EvaluationStore.open(storeFile, seedsText(runs))) {
            Fitness knownFix = store.find(fixed).orElseGet(() -> {
                Fitness f = evaluator.evaluate(fixed);
                store.record(fixed, f);
                return f;
            });
            Neighbourhood neighbourhood = subject -> NeutralityOperator.allNeighbours(subject).stream()
                    .map((Mutation m) -> new Neighbour(m.name(), m.patch())).toList();
            Significance significance = Significance.of(KillTest.deepFd());
            SearchResult result = new NeutralitySearch(neighbourhood, evaluator, store, significance, direction,
                    limits, runs, clock).run(program, knownFix, onNode);
            return new Outcome(result, NeutralitySummary.of(buggy.id(), program, result),
                    NeutralityGraph.toDot(buggy.id(), result));
        }
    }

    /** The seeds of the runs of every node: 0 … runs-1. */
    public static List<Long> seeds(int runs) {
        return LongStream.range(0, runs).boxed().toList();
    }

    private static String seedsText(int runs) {
        return seeds(runs).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

}
