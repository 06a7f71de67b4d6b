package dev.dnnfl.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.dnnfl.rules.Layers.conv2d;
import static dev.dnnfl.rules.Layers.dense;
import static dev.dnnfl.rules.Layers.flatten;
import static dev.dnnfl.rules.Layers.maxPool;
import static dev.dnnfl.rules.NetworkBuilder.network;
import static dev.dnnfl.rules.TestRules.ruleNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A user tunes a threshold by editing a copy of a DRL file: the outcome changes, no Java is recompiled. */
class ThresholdEditTest {
    @Test
    void raisingMinEpochsInACopyOfNeuralintMakesR12FireOnTwoEpochs(@TempDir Path dir) throws IOException {
        String original = Files.readString(Path.of("rules", "neuralint.drl"));
        String edited = original.replace("minEpochs : int = 1", "minEpochs : int = 3");
        assertNotEquals(original, edited, "the threshold line was not found in rules/neuralint.drl");
        Files.writeString(dir.resolve("neuralint.drl"), edited);

        NetworkBuilder twoEpochs = network(28, 28, 1).add(conv2d(8, 3).activation("relu"), maxPool(2), flatten(),
                dense(10).activation("softmax")).epochs(2);
        RuleBase copy = RuleBase.load(dir, Set.of(RulePack.NEURALINT));
        List<Finding> withEdit = new TestRules(copy).fire(RulePack.NEURALINT, twoEpochs);
        List<Finding> withOriginal = TestRules.SHARED.fire(RulePack.NEURALINT, twoEpochs);

        assertEquals(List.of("NL R12 training does not iterate"), ruleNames(withEdit));
        assertEquals(List.of(), withOriginal);
        assertNotEquals(TestRules.SHARED.base().sha256(), copy.sha256());
    }
}
