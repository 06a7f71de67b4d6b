package dev.dnnfl.spec;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    private static final List<KerasNames> FAMILIES = List.of(Vocabulary.TASKS, Vocabulary.LAYER_TYPES,
            Vocabulary.ACTIVATIONS, Vocabulary.INITIALIZERS, Vocabulary.LOSSES, Vocabulary.OPTIMIZERS,
            Vocabulary.PADDINGS, Vocabulary.DATASET_SOURCES, Vocabulary.PREPROCESSING);

    @Test
    void everyCanonicalNameResolvesToItself() {
        for (KerasNames family : FAMILIES) {
            for (String name : family.canonical()) assertEquals(Optional.of(name), family.canonical(name), family.what());
        }
    }

    @Test
    void kerasClassNamesResolveToTheirFunctionNames() {
        assertEquals(Optional.of("glorot_uniform"), Vocabulary.INITIALIZERS.canonical("GlorotUniform"));
        assertEquals(Optional.of("he_normal"), Vocabulary.INITIALIZERS.canonical("HeNormal"));
        assertEquals(Optional.of("rmsprop"), Vocabulary.OPTIMIZERS.canonical("RMSprop"));
        assertEquals(Optional.of("sgd"), Vocabulary.OPTIMIZERS.canonical("SGD"));
        assertEquals(Optional.of("max_pooling2d"), Vocabulary.LAYER_TYPES.canonical("MaxPooling2D"));
        assertEquals(Optional.of("batch_normalization"), Vocabulary.LAYER_TYPES.canonical("BatchNormalization"));
        assertEquals(Optional.of("conv2d"), Vocabulary.LAYER_TYPES.canonical("Conv2D"));
        assertEquals(Optional.of("categorical_crossentropy"), Vocabulary.LOSSES.canonical("CategoricalCrossentropy"));
    }

    @Test
    void everyStudyMutationNameIsCanonical() {
        Vocabulary.MUTATION_ACTIVATIONS.forEach(a -> assertTrue(Vocabulary.ACTIVATIONS.canonical().contains(a), a));
        Vocabulary.MUTATION_INITIALIZERS.forEach(i -> assertTrue(Vocabulary.INITIALIZERS.canonical().contains(i), i));
        Vocabulary.CLASSIFICATION_LOSSES.forEach(l -> assertTrue(Vocabulary.LOSSES.canonical().contains(l), l));
        Vocabulary.REGRESSION_LOSSES.forEach(l -> assertTrue(Vocabulary.LOSSES.canonical().contains(l), l));
    }

    @Test
    void everyOptimizerHasADefaultLearningRateAndParameters() {
        for (String o : Vocabulary.OPTIMIZERS.canonical()) {
            assertTrue(Vocabulary.defaultLearningRate(o) > 0, o);
            assertTrue(Vocabulary.OPTIMIZER_DEFAULTS.get(o).containsKey("decay"), o);
        }
        assertEquals(0.95, Vocabulary.OPTIMIZER_DEFAULTS.get("adadelta").get("rho"));
        assertEquals(0.9, Vocabulary.OPTIMIZER_DEFAULTS.get("rmsprop").get("rho"));
    }

    @Test
    void everyLayerTypeListsItsFieldsAndRequiredOnes() {
        for (String type : Vocabulary.LAYER_TYPES.canonical()) {
            assertEquals("type", Vocabulary.LAYER_FIELDS.get(type).get(0), type);
            assertTrue(Vocabulary.LAYER_FIELDS.get(type).containsAll(Vocabulary.REQUIRED_LAYER_FIELDS.get(type)), type);
        }
    }

    @Test
    void kerasNamesTheNthLayerOfATypeWithASuffix() {
        assertEquals("dense", Vocabulary.kerasLayerName("dense", 0));
        assertEquals("dense_2", Vocabulary.kerasLayerName("dense", 2));
    }

    @Test
    void aTypoIsCloseEnoughForASuggestionAndNonsenseIsNot() {
        assertEquals(Optional.of("softmax"), KerasNames.closest("sofmax", Vocabulary.ACTIVATIONS.canonical()));
        assertEquals(Optional.empty(), KerasNames.closest("banana", Vocabulary.ACTIVATIONS.canonical()));
    }
}
