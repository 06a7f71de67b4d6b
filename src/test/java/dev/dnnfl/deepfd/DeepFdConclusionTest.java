package dev.dnnfl.deepfd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeepFdConclusionTest {
    static final JsonNode SUBJECT = json("""
            {"layers": [{"type": "dense", "units": 8, "activation": "relu"},
                        {"type": "dropout", "rate": 0.5},
                        {"type": "dense", "units": 3, "activation": "sigmoid"},
                        {"type": "activation", "activation": "softmax"}]}""");

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void offsetsScaledToTwentyRunsNeedOneFiveSevenFourteenAndTwelveVotes() {
        int[] needed = {1, 5, 7, 14, 12};                               // opt, lr, act, loss, epoch
        for (DeepFdLabel l : DeepFdLabel.values()) {
            assertFalse(l.switchedOn(needed[l.ordinal()] - 1, 20), l.key());
            assertTrue(l.switchedOn(needed[l.ordinal()], 20), l.key());
        }
        assertTrue(DeepFdLabel.ACT.switchedOn(4, 9));                  // the original's 9-run offsets
        assertFalse(DeepFdLabel.ACT.switchedOn(3, 9));
    }

    @Test
    void theUnionOverClassifiersBecomesTheLocalisationInLabelOrder() {
        List<Map<ClassifierKind, Set<DeepFdLabel>>> predictions = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            // KNN says act in 7 runs (enough), J48 says loss in 13 runs (one short), RF says opt once.
            predictions.add(Map.of(
                    ClassifierKind.KNN, run < 7 ? EnumSet.of(DeepFdLabel.ACT) : EnumSet.noneOf(DeepFdLabel.class),
                    ClassifierKind.J48, run < 13 ? EnumSet.of(DeepFdLabel.LOSS) : EnumSet.noneOf(DeepFdLabel.class),
                    ClassifierKind.RF, run == 0 ? EnumSet.of(DeepFdLabel.OPT) : EnumSet.noneOf(DeepFdLabel.class)));
        }
        DeepFdConclusion c = DeepFdConclusion.of(SUBJECT, List.of(), predictions);
        assertEquals(Set.of(DeepFdLabel.OPT, DeepFdLabel.ACT), c.union());
        assertEquals(13, c.counts().get(ClassifierKind.J48).get(DeepFdLabel.LOSS));
        // The last layer owning an activation is 2 (the standalone activation layer 3 is skipped).
        assertEquals("OCH, ACH(2)", c.localisation().toString());
    }

    @Test
    void aHiddenLayerWhoseOutputsAreMostlyZeroInMostRunsIsAlsoNamed() {
        RunTrace dead = new RunTrace(List.of(), null, Map.of(0, new ActivationHealth(0.9, 0)));
        RunTrace alive = new RunTrace(List.of(), null, Map.of(0, new ActivationHealth(0.1, 0)));
        assertEquals(List.of(0, 2), DeepFdConclusion.suspiciousActivationLayers(SUBJECT, List.of(dead, dead, alive)));
        assertEquals(List.of(2), DeepFdConclusion.suspiciousActivationLayers(SUBJECT, List.of(dead, alive)));
    }

    @Test
    void noVotesGiveAnEmptyLocalisation() {
        DeepFdConclusion c = DeepFdConclusion.of(SUBJECT, List.of(), List.of(Map.of(), Map.of()));
        assertEquals("-", c.localisation().toString());
    }
}
