package dev.dnnfl.benchmark;

import dev.dnnfl.mutation.KillTest;
import dev.dnnfl.neutrality.Fitness;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fault check's verdicts with a fitness worked out per configuration (no training). */
class FaultCheckTest {
    private static final Subject EXAMPLE = SubjectReader.read(Path.of("benchmark/subjects/example.json"));

    /** Learning rate 1.0 (buggy) scores the first list, anything else the second. */
    private static FaultCheck check(List<Double> buggy, List<Double> fixed) {
        return new FaultCheck(json -> new Fitness(json.at("/training/learning_rate").asDouble() == 1.0 ? buggy : fixed),
                KillTest.deepFd());
    }

    @Test
    void aFixThatIsClearlyBetterExposesTheFault() {
        FaultCheck.Result r = check(List.of(0.50, 0.52, 0.49, 0.51), List.of(0.97, 0.98, 0.99, 0.96)).check(EXAMPLE);
        assertTrue(r.exposed());
        assertEquals("example", r.subjectId());
        assertEquals(0.505, r.buggy().mean(), 1e-12);
        assertTrue(r.verdict().cohensD() > 10);
    }

    @Test
    void aFixNoBetterThanTheBugDoesNotExposeIt() {
        FaultCheck.Result r = check(List.of(0.90, 0.95, 0.85, 0.92), List.of(0.91, 0.86, 0.94, 0.90)).check(EXAMPLE);
        assertFalse(r.exposed());
    }

    @Test
    void aFixThatIsWorseDoesNotExposeIt() {
        assertFalse(check(List.of(0.9, 0.91, 0.92), List.of(0.5, 0.51, 0.52)).check(EXAMPLE).exposed());
    }
}
