package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeepFdOperatorTest {
    static final JsonNode SUBJECT = json("""
            {"id": "blobs-mlp", "task": "classification",
             "layers": [{"type": "dense", "units": 16, "activation": "relu"},
                        {"type": "dropout", "rate": 0.2},
                        {"type": "dense", "units": 3, "activation": "softmax"},
                        {"type": "activation", "activation": "linear"}],
             "training": {"optimizer": "adam", "learning_rate": 0.001, "loss": "categorical_crossentropy",
                          "batch_size": 32, "epochs": 20},
             "ground_truth": [], "fix": []}""");

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> values(List<Mutation> ms) {
        return ms.stream().map(m -> m.value().asText()).collect(Collectors.toSet());
    }

    @Test
    void optimiserNeighboursAreTheOtherFourOfDeepFdsFive() {
        List<Mutation> ms = DeepFdOperator.OPT.neighbours(SUBJECT);
        assertEquals(Set.of("sgd", "rmsprop", "adadelta", "adagrad"), values(ms));
        assertEquals("[{\"op\":\"replace\",\"path\":\"/training/optimizer\",\"value\":\"sgd\"}]", ms.get(0).patch().toString());
        assertEquals("opt_sgd", ms.get(0).name());
    }

    @Test
    void aProbabilisticLossBecomesARegressionLoss() {
        assertEquals(Set.of("mean_absolute_error", "mean_absolute_percentage_error", "mean_squared_error"),
                values(DeepFdOperator.LOSS.neighbours(SUBJECT)));
    }

    @Test
    void epochsAreDividedAndOnlyEverReduced() {
        // 20 / 10 = 2; 20 / 20 = 1; 20 / 30..50 = 0 -> 1.
        assertEquals(Set.of("2", "1"), values(DeepFdOperator.EPOCH.neighbours(SUBJECT)));
        assertEquals(1, DeepFdOperator.reducedEpochs(10, 10));         // 10 / 10 = 1
        assertEquals(1, DeepFdOperator.reducedEpochs(3, 10));          // 0 -> 1
        assertEquals(1, DeepFdOperator.reducedEpochs(1, 10));          // 1 equals current -> max(1, 0)
    }

    @Test
    void theActivationOperatorChangesTheLastLayerThatOwnsOneNotTheActivationLayer() {
        List<Mutation> ms = DeepFdOperator.ACT.neighbours(SUBJECT);
        assertEquals(8, ms.size());
        assertTrue(ms.stream().allMatch(m -> m.patch().get(0).get("path").asText().equals("/layers/2/activation")));
        assertTrue(!values(ms).contains("softmax"));
    }

    @Test
    void learningRateDrawsComeFromTheUpOrDownSetAndAreSeeded() {
        Set<Double> allowed = new java.util.HashSet<>(DeepFdOperator.LR_UP);
        allowed.addAll(DeepFdOperator.LR_DOWN);
        Random a = new Random(5);
        Random b = new Random(5);
        for (int i = 0; i < 20; i++) {
            Mutation m = DeepFdOperator.LR.draw(SUBJECT, a).orElseThrow();
            assertTrue(allowed.contains(m.value().asDouble()), m.name());
            assertEquals(m.name(), DeepFdOperator.LR.draw(SUBJECT, b).orElseThrow().name());
        }
        assertEquals("lr_1e-12", DeepFdOperator.LR.neighbours(SUBJECT).stream()
                .filter(m -> m.value().asDouble() == 1e-12).findFirst().orElseThrow().name());
    }

    @Test
    void aMultiFaultMutantIsBuiltFromTheOriginalAndCarriesTheGroundTruthOfItsPatch() {
        Mutation lr = DeepFdOperator.LR.neighbours(SUBJECT).get(4);               // lr 5
        Mutation act = DeepFdOperator.ACT.neighbours(SUBJECT).get(4);             // tanh
        Mutant m = MutantGenerator.combine(SUBJECT, List.of(lr, act));
        assertEquals("lr_5__act_tanh", m.name());
        assertEquals("HLR, ACH(2)", m.groundTruth().toString());
        assertEquals(5.0, m.subject().at("/training/learning_rate").asDouble());
        assertEquals("tanh", m.subject().at("/layers/2/activation").asText());
        assertEquals("blobs-mlp.lr_5__act_tanh", m.subject().at("/id").asText());
        assertTrue(m.subject().at("/fix").isMissingNode());
        assertEquals(0.001, SUBJECT.at("/training/learning_rate").asDouble());    // the original is untouched
    }

    @Test
    void singleFaultMutantsAreDistinctAndSeeded() {
        MutantGenerator g = MutantGenerator.deepFd();
        List<Mutant> a = g.singleFault(SUBJECT, 12, new Random(9));
        List<Mutant> b = g.singleFault(SUBJECT, 12, new Random(9));
        assertEquals(12, a.size());
        assertEquals(a.stream().map(Mutant::name).toList(), b.stream().map(Mutant::name).toList());
        assertEquals(12, a.stream().map(Mutant::name).distinct().count());
        assertTrue(a.stream().allMatch(m -> m.faultCount() == 1 && m.groundTruth().faults().size() == 1));
    }

    @Test
    void multiFaultMutantsUseDistinctOperatorsFromTheCandidates() {
        Map<String, List<Mutation>> candidates = Map.of(
                "lr", DeepFdOperator.LR.neighbours(SUBJECT).subList(0, 2),
                "opt", DeepFdOperator.OPT.neighbours(SUBJECT).subList(0, 2),
                "act", DeepFdOperator.ACT.neighbours(SUBJECT).subList(0, 2));
        List<Mutant> ms = MutantGenerator.deepFd().multiFault(SUBJECT, candidates, 3, 5, new Random(1));
        assertEquals(5, ms.size());
        for (Mutant m : ms) {
            assertEquals(3, m.faultCount());
            assertEquals(Set.of("lr", "opt", "act"), m.mutations().stream().map(Mutation::operator).collect(Collectors.toSet()));
        }
        assertEquals(List.of(), MutantGenerator.deepFd().multiFault(SUBJECT, candidates, 4, 5, new Random(1)));
    }
}
