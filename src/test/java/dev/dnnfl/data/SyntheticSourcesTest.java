package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticSourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"circles", "blobs", "spirals", "topics", "textures", "regression"})
    void sameSeedGivesIdenticalDataAndOtherSeedsDiffer(String kind) {
        Dataset a = DatasetSpecs.source("synthetic:" + kind).seed(7).load();
        Dataset b = DatasetSpecs.source("synthetic:" + kind).seed(7).load();
        Dataset c = DatasetSpecs.source("synthetic:" + kind).seed(8).load();
        assertEquals(a.train().features(), b.train().features());
        assertEquals(a.train().labels(), b.train().labels());
        assertEquals(a.test().features(), b.test().features());
        assertNotEquals(a.train().features(), c.train().features());
    }

    @Test
    void circlesAreTwoDimensionalRingsWithBalancedClasses() {
        Dataset d = DatasetSpecs.source("synthetic:circles").parameter("classes", 3).parameter("noise", 0)
                .train(300).test(0).load();
        assertEquals(List.of(300L, 2L), List.of(d.train().features().shape()[0], d.train().features().shape()[1]));
        assertEquals(3, d.classes());
        assertEquals(List.of(100L, 100L, 100L), List.copyOf(DatasetStats.of(d).train().classCounts().values()));
        for (int i = 0; i < 300; i++) {
            double radius = Math.hypot(d.train().features().getDouble(i, 0), d.train().features().getDouble(i, 1));
            double expected = (d.train().labels().getDouble(i, 0) + 1) / 3;
            assertEquals(expected, radius, 1e-5, "noise-free ring of sample " + i);
        }
    }

    @Test
    void circlesFactorIsTheInnerRingsRadius() {
        Dataset d = DatasetSpecs.source("synthetic:circles").parameter("factor", 0.3).parameter("noise", 0)
                .shuffle(false).train(4).test(0).load();
        assertEquals(0.3, d.train().features().getRow(0).norm2Number().doubleValue(), 1e-6);
        assertEquals(1.0, d.train().features().getRow(1).norm2Number().doubleValue(), 1e-6);
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:circles").parameter("factor", 1).load());
        assertTrue(e.getMessage().startsWith("/dataset/factor:"), e.getMessage());
    }

    @Test
    void blobsHaveTheRequestedFeaturesAndClasses() {
        Dataset d = DatasetSpecs.source("synthetic:blobs").parameter("classes", 4).parameter("features", 5)
                .train(80).test(0).load();
        assertEquals(List.of(5), d.inputShape());
        assertEquals(4, d.classes());
        assertEquals(List.of(20L, 20L, 20L, 20L), List.copyOf(DatasetStats.of(d).train().classCounts().values()));
    }

    @Test
    void spiralArmsStayInsideTheUnitDiscWithoutNoise() {
        Dataset d = DatasetSpecs.source("synthetic:spirals").parameter("noise", 0).train(200).load();
        assertEquals(2, d.classes());
        assertTrue(d.train().features().norm2(1).maxNumber().doubleValue() <= 1.0 + 1e-6);
    }

    @Test
    void topicsAreBinaryBagsOfWordsOverTheVocabulary() {
        Dataset d = DatasetSpecs.source("synthetic:topics").parameter("classes", 5).parameter("features", 200)
                .train(100).test(0).load();
        assertEquals(List.of(200), d.inputShape());
        assertEquals(5, d.classes());
        SplitStats s = DatasetStats.of(d).train();
        assertEquals(0.0, s.min());
        assertEquals(1.0, s.max());
        double wordsPerDocument = d.train().features().sumNumber().doubleValue() / 100;
        assertTrue(wordsPerDocument > 5 && wordsPerDocument <= 25, "distinct words per document " + wordsPerDocument);
    }

    @Test
    void topicsWithImbalanceFavourTheFirstTopic() {
        Dataset d = DatasetSpecs.source("synthetic:topics").parameter("classes", 46).parameter("imbalance", 1.3)
                .parameter("counts", 1).train(2000).test(0).load();
        var counts = DatasetStats.of(d).train().classCounts();
        long first = counts.get(0L);
        assertTrue(first > 500 && first < 900, "topic 0 has " + first + " of 2000 documents");
        assertTrue(counts.get(0L) > counts.get(1L) && counts.get(1L) > counts.getOrDefault(20L, 0L));
        assertTrue(DatasetStats.of(d).train().max() > 1, "counts, not presence");
    }

    @Test
    void texturesAreEightBitColourImagesScaledByScale01() {
        Dataset raw = DatasetSpecs.source("synthetic:textures").train(40).test(10).load();
        assertEquals(List.of(16, 16, 3), raw.inputShape());
        assertEquals(List.of(40L, 16L, 16L, 3L), DatasetStats.of(raw).train().shape());
        assertEquals(10, raw.classes());
        SplitStats s = DatasetStats.of(raw).train();
        assertTrue(s.max() > 200 && s.max() <= 255 && s.min() >= 0, "pixel range " + s.min() + ".." + s.max());
        Dataset scaled = DatasetSpecs.source("synthetic:textures").train(40).test(10).step("scale_0_1").load();
        assertEquals(s.max() / 255, DatasetStats.of(scaled).train().max(), 1e-6);
    }

    @Test
    void textureClassesDifferInTheirDominantChannel() {
        Dataset d = DatasetSpecs.source("synthetic:textures").parameter("noise", 0).shuffle(false).train(3).test(0).load();
        for (int c = 0; c < 3; c++) {
            var image = d.train().features().slice(c);
            double lit = image.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.point(c)).meanNumber().doubleValue();
            double other = image.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.point((c + 1) % 3)).meanNumber().doubleValue();
            assertTrue(lit > other + 50, "class " + c + ": channel " + c + " mean " + lit + " vs " + other);
        }
    }

    @Test
    void regressionTargetsFollowALinearFunctionWithoutNoise() {
        Dataset d = DatasetSpecs.source("synthetic:regression").parameter("features", 1).parameter("noise", 0)
                .train(50).test(0).load();
        assertEquals(0, d.classes());
        double x0 = d.train().features().getDouble(0, 0);
        double x1 = d.train().features().getDouble(1, 0);
        double slope = (d.train().labels().getDouble(1, 0) - d.train().labels().getDouble(0, 0)) / (x1 - x0);
        double intercept = d.train().labels().getDouble(0, 0) - slope * x0;
        for (int i = 2; i < 50; i++) {
            assertEquals(intercept + slope * d.train().features().getDouble(i, 0), d.train().labels().getDouble(i, 0), 1e-4);
        }
    }

    @Test
    void tooFewClassesIsAUserErrorNamingTheField() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:blobs").parameter("classes", 1).load());
        assertTrue(e.getMessage().startsWith("/dataset/classes: must be >= 2, found 1"), e.getMessage());
    }

    @Test
    void circlesWithThreeFeaturesAreRefused() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:circles").parameter("features", 3).load());
        assertTrue(e.getMessage().startsWith("/dataset/features:"), e.getMessage());
    }

    @Test
    void texturesRefuseAGreyShape() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("synthetic:textures").shape(16, 16, 1).load());
        assertTrue(e.getMessage().startsWith("/dataset/shape:"), e.getMessage());
    }

    @Test
    void anUnknownSyntheticKindListsTheKnownOnes() {
        UserError e = assertThrows(UserError.class, () -> DatasetSpecs.source("synthetic:moons").load());
        assertTrue(e.getMessage().contains("synthetic:moons") && e.getMessage().contains("synthetic:spirals"),
                e.getMessage());
    }
}
