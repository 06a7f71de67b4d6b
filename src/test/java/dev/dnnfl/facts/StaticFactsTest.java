package dev.dnnfl.facts;

import dev.dnnfl.data.SplitStats;
import dev.dnnfl.spec.DatasetSpec;
import dev.dnnfl.spec.Initializer;
import dev.dnnfl.spec.LayerSpec;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.TrainingSpec;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticFactsTest {
    private static LayerSpec layer(int i, String name, String type, Integer units, Integer filters, List<Integer> kernel,
                                   List<Integer> pool, String activation) {
        return new LayerSpec(i, name, type, units, filters, kernel, List.of(), "valid", pool, null, activation, true,
                Initializer.named("glorot_uniform"), Initializer.named("zeros"), null);
    }

    private static Subject cnn() {
        List<LayerSpec> layers = List.of(
                layer(0, "conv2d", "conv2d", null, 8, List.of(3, 3), List.of(), "relu"),
                layer(1, "max_pooling2d", "max_pooling2d", null, null, List.of(), List.of(2, 2), null),
                layer(2, "flatten", "flatten", null, null, List.of(), List.of(), null),
                layer(3, "dense", "dense", 10, null, List.of(), List.of(), null));
        DatasetSpec data = new DatasetSpec("fashion-mnist", null, null, 100, 10, 0.1, 1, true, List.of(), Map.of(),
                List.of(), null, List.of(), null);
        return new Subject("cnn", "classification", data, layers,
                new TrainingSpec("adam", 0.001, "categorical_crossentropy", 32, 3, Map.of()), Optional.empty(), null,
                JsonNodeFactory.instance.objectNode(), null);
    }

    @Test
    void layerFactsCarryKerasShapesFlagsAndDefaults() {
        StaticFacts f = StaticFacts.of(cnn(), List.of(28, 28, 1));
        assertEquals(List.of(26, 26, 8), f.layers().get(0).outputShape());
        assertEquals(List.of(13, 13, 8), f.layers().get(1).outputShape());
        assertEquals(List.of(1352), f.layers().get(2).outputShape());
        assertEquals(List.of(10), f.layers().get(3).outputShape());
        assertTrue(f.layers().get(0).first());
        assertTrue(f.layers().get(3).last());
        assertEquals("linear", f.layers().get(3).activation(), "a dense layer without activation is linear");
        assertNull(f.layers().get(1).activation(), "pooling has no activation");
        assertNull(f.layers().get(1).kernelInitializer());
        assertFalse(f.layers().get(2).weighted());
        assertEquals(1, f.model().convCount());
        assertEquals(1, f.model().poolCount());
        assertEquals(10, f.model().outputWidth());
        assertEquals(5, f.all().size(), "the model and four layers, no data");
    }

    @Test
    void aWindowLargerThanItsInputGivesANonPositiveSize() {
        StaticFacts f = StaticFacts.of(cnn(), List.of(2, 2, 1));
        assertEquals(0, f.layers().get(0).minSpatialOutput());
        assertEquals(2, f.layers().get(0).minSpatialInput());
    }

    @Test
    void dataFactsComeFromSplitStatistics() {
        SplitStats s = new SplitStats("train", 5, List.of(5L, 28L, 28L, 1L), 0, 255, 100, 50, 0, 0, 0, 2, 0, 0,
                Map.of(0L, 2L, 2L, 3L));
        DataFact d = DataFact.from(s);
        assertEquals(List.of(28, 28, 1), d.sampleShape());
        assertEquals(List.of(2L, 0L, 3L), d.classCounts());
        assertEquals(2, d.classesPresent());
        assertTrue(d.integerLabels());
        SplitStats scaled = new SplitStats("train", 5, List.of(5L, 4L), 0, 1, 0.5, 0.2, 0, 0, 0, 0.0078, 0, 3, Map.of());
        assertFalse(DataFact.from(scaled).integerLabels(), "labels divided by 255 are not whole numbers");
    }
}
