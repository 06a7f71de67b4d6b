package dev.dnnfl.neutrality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search on a toy landscape: a subject is {@code {"a": i, "b": j}}, its neighbours change a or
 * b by one, and its fitness is a function of (a, b) — so every expected node can be worked out.
 */
class NeutralitySearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** Neighbours: a+1, a-1, b+1, b-1 within 0..3. */
    private static final Neighbourhood STEPS = subject -> {
        List<Neighbour> out = new ArrayList<>();
        for (String field : List.of("a", "b")) {
            int v = subject.get(field).asInt();
            for (int d : new int[]{1, -1}) {
                int next = v + d;
                if (next < 0 || next > 3) continue;
                out.add(new Neighbour(field + (d > 0 ? "+1" : "-1"),
                        patch("[{\"op\":\"replace\",\"path\":\"/" + field + "\",\"value\":" + next + "}]")));
            }
        }
        return out;
    };

    private static JsonNode patch(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode subject(int a, int b) {
        ObjectNode n = JSON.createObjectNode();
        n.put("a", a);
        n.put("b", b);
        return n;
    }

    /** Fitness grows with a and is flat in b: every b step is neutral, every a+1 step is better. */
    private static final class Landscape implements FitnessEvaluator {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Fitness evaluate(JsonNode s) {
            calls.incrementAndGet();
            double mean = 0.1 * s.get("a").asInt();
            return new Fitness(List.of(mean, mean));
        }
    }

    private static NeutralitySearch search(FitnessEvaluator ev, EvaluationStore store, SearchLimits limits) {
        return new NeutralitySearch(STEPS, ev, store, (c, r, d) -> d.improvement(c.mean(), r.mean()) > 0.05,
                Direction.HIGHER_IS_BETTER, limits, 2, FIXED);
    }

    @Test
    void findsEveryConfigurationAtLeastAsFitAsTheFixAndTrainsEachOnce() {
        Landscape ev = new Landscape();
        SearchResult r = search(ev, EvaluationStore.inMemory("0,1"), new SearchLimits(5, Duration.ZERO, 0))
                .run(subject(0, 0), new Fitness(List.of(0.2, 0.2)), n -> { });
        // the whole 4x4 grid is reachable through neutral steps; 16 distinct configurations
        assertEquals(16, r.nodes().size());
        assertEquals(16, ev.calls.get());
        assertEquals(32, r.trainingsPerformed());
        assertTrue(r.trainingsRequested() > r.trainingsPerformed(), "duplicates reached from several parents are skipped");
        // alternatives: a >= 2 (fitness 0.2 or 0.3 >= the fix's 0.2); 2 values of a x 4 of b = 8
        assertEquals(8, r.alternatives().size());
        assertTrue(r.alternatives().stream().allMatch(n -> n.subject().get("a").asInt() >= 2));
        // significantly better than the fix (improvement > 0.05 in this toy test): only a = 3
        assertEquals(4, r.nodes().stream().filter(SearchNode::significantlyBetter).count());
        assertTrue(r.nodes().stream().filter(SearchNode::significantlyBetter).allMatch(n -> n.subject().get("a").asInt() == 3));
        assertEquals("queue empty", r.stopReason());
    }

    @Test
    void expandsOnlyTheTopKNeutralNeighbours() {
        SearchResult r = search(new Landscape(), EvaluationStore.inMemory("0,1"), new SearchLimits(1, Duration.ZERO, 0))
                .run(subject(0, 0), new Fitness(List.of(0.3, 0.3)), n -> { });
        // each node expands exactly one child
        assertTrue(r.edges().stream().map(SearchResult.Edge::parent).distinct().count() == r.edges().size());
        assertFalse(r.edges().isEmpty());
    }

    @Test
    void stopsWhenTheTrainingLimitIsReached() {
        Landscape ev = new Landscape();
        SearchResult r = search(ev, EvaluationStore.inMemory("0,1"), new SearchLimits(5, Duration.ZERO, 6))
                .run(subject(0, 0), new Fitness(List.of(0.2, 0.2)), n -> { });
        assertEquals(3, ev.calls.get());
        assertTrue(r.stopReason().contains("6 trainings"));
    }

    @Test
    void stopsAtOnceWhenTheTimeBudgetIsSpent() {
        Clock late = Clock.offset(FIXED, Duration.ofHours(1));
        Clock[] now = {FIXED};
        Clock moving = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId z) { return this; }
            public Instant instant() { Instant i = now[0].instant(); now[0] = late; return i; }
        };
        Landscape ev = new Landscape();
        SearchResult r = new NeutralitySearch(STEPS, ev, EvaluationStore.inMemory("0"), (c, f, d) -> false,
                Direction.HIGHER_IS_BETTER, new SearchLimits(5, Duration.ofMinutes(30), 0), 2, moving)
                .run(subject(0, 0), new Fitness(List.of(0.2)), n -> { });
        assertEquals(1, ev.calls.get(), "only the buggy subject is evaluated");
        assertTrue(r.stopReason().startsWith("time budget"));
    }

    @Test
    void aResumedSearchTrainsNothingAlreadyRecorded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evaluations.jsonl");
        Landscape first = new Landscape();
        try (EvaluationStore store = EvaluationStore.open(file, "0,1")) {
            search(first, store, new SearchLimits(5, Duration.ZERO, 10)).run(subject(0, 0), new Fitness(List.of(0.2, 0.2)), n -> { });
        }
        Files.writeString(file, "{\"key\": \"trunc", java.nio.file.StandardOpenOption.APPEND); // a crash mid-write
        Landscape second = new Landscape();
        SearchResult r;
        try (EvaluationStore store = EvaluationStore.open(file, "0,1")) {
            assertEquals(5, store.size());
            r = search(second, store, new SearchLimits(5, Duration.ZERO, 0)).run(subject(0, 0), new Fitness(List.of(0.2, 0.2)), n -> { });
        }
        assertEquals(16 - 5, second.calls.get());
        assertEquals(16, r.nodes().size());
    }

    @Test
    void forALossMetricLowerIsNeutral() {
        FitnessEvaluator loss = s -> new Fitness(List.of(1.0 - 0.1 * s.get("a").asInt()));
        SearchResult r = new NeutralitySearch(STEPS, loss, EvaluationStore.inMemory("0"), (c, f, d) -> false,
                Direction.LOWER_IS_BETTER, new SearchLimits(5, Duration.ZERO, 0), 1, FIXED)
                .run(subject(0, 0), new Fitness(List.of(0.75)), n -> { });
        // loss <= 0.75 needs a >= 3 (0.7); a = 2 gives 0.8
        assertEquals(4, r.alternatives().size());
        assertTrue(r.alternatives().stream().allMatch(n -> n.subject().get("a").asInt() == 3));
    }

    @Test
    void theGraphColoursTheRootAndTheAlternatives() {
        SearchResult r = search(new Landscape(), EvaluationStore.inMemory("0,1"), new SearchLimits(5, Duration.ZERO, 0))
                .run(subject(0, 0), new Fitness(List.of(0.2, 0.2)), n -> { });
        String dot = NeutralityGraph.toDot("toy", r);
        assertTrue(dot.startsWith("digraph \"toy\""));
        assertTrue(dot.contains("n0 [label=\"0\\n0.000\", fillcolor=black"));
        assertEquals(4, dot.lines().filter(l -> l.contains("fillcolor=royalblue")).count());
        assertEquals(4, dot.lines().filter(l -> l.contains("fillcolor=palegreen")).count());
        assertEquals(r.edges().size(), dot.lines().filter(l -> l.contains(" -> ") && !l.contains("dashed")).count());
    }

    @Test
    void theKillingTestDecidesSignificanceInEitherDirection() {
        Significance s = Significance.of(dev.dnnfl.mutation.KillTest.deepFd());
        Fitness high = new Fitness(List.of(0.90, 0.91, 0.92, 0.93));
        Fitness low = new Fitness(List.of(0.50, 0.51, 0.52, 0.53));
        assertTrue(s.significantlyBetter(high, low, Direction.HIGHER_IS_BETTER));
        assertFalse(s.significantlyBetter(low, high, Direction.HIGHER_IS_BETTER));
        assertTrue(s.significantlyBetter(low, high, Direction.LOWER_IS_BETTER));
        assertFalse(s.significantlyBetter(high, high, Direction.HIGHER_IS_BETTER));
    }
}
