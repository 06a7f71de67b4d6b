package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSourcesTest {

    @TempDir
    Path dir;

    @Test
    void plainIdxImagesGainAChannelAxisAndKeepTheirLabels() throws IOException {
        IdxFiles.writeImages(dir, "img", "lab", 12, 4, 5, false);
        Dataset d = DatasetSpecs.source("idx").path("img").labels("lab").baseDir(dir).shuffle(false)
                .train(9).test(3).load();
        assertEquals(List.of(4, 5, 1), d.inputShape());
        assertEquals(3, d.classes());
        assertArrayEquals(new long[] {9, 4, 5, 1}, d.train().features().shape());
        // Without shuffling, file order: sample i has pixels 10 i and label i mod 3.
        assertEquals(90.0, d.test().features().getDouble(0, 0, 0, 0));
        assertEquals(0.0, d.test().labels().getDouble(0, 0));
        assertEquals(110.0, d.test().features().getDouble(2, 3, 4, 0));
        assertEquals(2.0, d.test().labels().getDouble(2, 0));
    }

    @Test
    void gzippedIdxReadsTheSameAsPlain() throws IOException {
        IdxFiles.writeImages(dir, "img", "lab", 12, 4, 5, false);
        IdxFiles.writeImages(dir, "img.gz", "lab.gz", 12, 4, 5, true);
        Dataset plain = DatasetSpecs.source("idx").path("img").labels("lab").baseDir(dir).train(8).test(4).load();
        Dataset gz = DatasetSpecs.source("idx").path("img.gz").labels("lab.gz").baseDir(dir).train(8).test(4).load();
        assertEquals(plain.train().features(), gz.train().features());
        assertEquals(plain.test().labels(), gz.test().labels());
    }

    @Test
    void shuffledIdxSubsetsKeepEachImageWithItsLabel() throws IOException {
        IdxFiles.writeImages(dir, "img", "lab", 25, 2, 2, true); // pixels 10 i stay below 256
        Dataset d = DatasetSpecs.source("idx").path("img").labels("lab").baseDir(dir).seed(3).train(10).test(5).load();
        for (Split split : List.of(d.train(), d.test())) {
            for (int i = 0; i < split.size(); i++) {
                int index = (int) split.features().getDouble(i, 1, 1, 0) / 10;
                assertEquals(index % 3, split.labels().getDouble(i, 0), 0.0);
            }
        }
    }

    @Test
    void idxLabelCountMismatchNamesTheLabelsFile() throws IOException {
        IdxFiles.writeImages(dir, "img", "lab", 12, 4, 5, false);
        IdxFiles.write(dir.resolve("short"), new int[] {11}, new byte[11], false);
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("idx").path("img").labels("short").baseDir(dir).load());
        assertTrue(e.getMessage().startsWith(dir.resolve("short") + ": 11 labels"), e.getMessage());
    }

    @Test
    void aTruncatedIdxFileIsAnErrorNamingIt() throws IOException {
        IdxFiles.write(dir.resolve("img"), new int[] {12, 4, 5}, new byte[100], false);
        IdxFiles.write(dir.resolve("lab"), new int[] {12}, new byte[12], false);
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("idx").path("img").labels("lab").baseDir(dir).shuffle(false).train(12).test(0).load());
        assertTrue(e.getMessage().startsWith(dir.resolve("img") + ": file ends"), e.getMessage());
    }

    @Test
    void aFileThatIsNotIdxIsNamed() throws IOException {
        Files.writeString(dir.resolve("img"), "hello, world");
        IdxFiles.write(dir.resolve("lab"), new int[] {1}, new byte[1], false);
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("idx").path("img").labels("lab").baseDir(dir).load());
        assertTrue(e.getMessage().startsWith(dir.resolve("img") + ": not an IDX file"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamedWithItsResolvedPath() {
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("csv").path("nowhere.csv").baseDir(dir).load());
        assertEquals(dir.resolve("nowhere.csv") + ": no such file", e.getMessage());
    }

    @Test
    void moreSamplesThanTheFileHasIsAnErrorNamingTheFile() throws IOException {
        IdxFiles.writeImages(dir, "img", "lab", 12, 4, 5, false);
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("idx").path("img").labels("lab").baseDir(dir).train(10).test(5).load());
        assertTrue(e.getMessage().startsWith("/dataset/train:") && e.getMessage().contains(dir.resolve("img").toString()),
                e.getMessage());
    }

    @Test
    void csvTextLabelsBecomeClassIdsInSortedOrder() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "a,b,kind\n1,2,pear\n3,4,apple\n5,\"6\",fig\n7,8,apple\n");
        Dataset d = DatasetSpecs.source("csv").path("d.csv").baseDir(dir).shuffle(false).train(4).test(0).load();
        assertEquals(3, d.classes());
        assertEquals(List.of(2), d.inputShape());
        assertArrayEquals(new float[] {2, 0, 1, 0}, d.train().labels().toFloatVector());
        assertArrayEquals(new float[] {5, 6}, d.train().features().getRow(2).toFloatVector());
    }

    @Test
    void csvLabelAndFeatureColumnsCanBeNamed() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "y,a,b,c\n1,10,20,30\n0,11,21,31\n");
        Dataset d = DatasetSpecs.source("csv").path("d.csv").baseDir(dir).labelColumn("y").features("c", "a")
                .shuffle(false).train(2).test(0).load();
        assertArrayEquals(new float[] {30, 10}, d.train().features().getRow(0).toFloatVector());
        assertArrayEquals(new float[] {1, 0}, d.train().labels().toFloatVector());
        assertEquals(2, d.classes());
    }

    @Test
    void aBadCsvCellNamesFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "a,b,label\n1,2,0\n3,oops,1\n");
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("csv").path("d.csv").baseDir(dir).train(2).test(0).load());
        assertEquals(dir.resolve("d.csv") + ":3: column 'b': not a number: 'oops'", e.getMessage());
    }

    @Test
    void missingCsvCellsAreNaNAndCountedByTheStatistics() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "a,b,label\n1,,0\nNaN,4,1\n");
        Dataset d = DatasetSpecs.source("csv").path("d.csv").baseDir(dir).train(2).test(0).load();
        assertEquals(2, DatasetStats.of(d).train().nanCount());
    }

    @Test
    void anUnknownCsvLabelColumnListsTheColumns() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "a,b\n1,0\n");
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("csv").path("d.csv").baseDir(dir).labelColumn("class").train(1).test(0).load());
        assertTrue(e.getMessage().startsWith("/dataset/label: no column 'class'") && e.getMessage().contains("columns: a, b"),
                e.getMessage());
    }

    @Test
    void aCsvRowWithTooFewCellsNamesItsLine() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "a,b,label\n1,2,0\n3,1\n");
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("csv").path("d.csv").baseDir(dir).train(2).test(0).load());
        assertEquals(dir.resolve("d.csv") + ":3: 2 cells, but the header has 3", e.getMessage());
    }

    @Test
    void fractionalCsvLabelsAreRegressionTargetsWhenNoTaskIsGiven() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "x,y\n1,0.5\n2,1.5\n");
        Dataset d = DatasetSpecs.source("csv").path("d.csv").baseDir(dir).train(2).test(0).load();
        assertEquals(0, d.classes());
    }

    @Test
    void aClassificationTaskRefusesLabelsThatAreNotClassIds() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "x,y\n1,0.5\n2,1.5\n");
        UserError e = assertThrows(UserError.class, () -> DatasetLoader.load(
                DatasetSpecs.source("csv").path("d.csv").baseDir(dir).train(2).test(0).build(), "classification"));
        assertTrue(e.getMessage().startsWith(dir.resolve("d.csv") + ": label 0.5"), e.getMessage());
    }

    @Test
    void npyInputsAndLabelsAreReadWithNd4j() throws IOException {
        var x = Nd4j.arange(24).castTo(DataType.FLOAT).reshape(6, 2, 2);
        var y = Nd4j.createFromArray(0, 1, 2, 0, 1, 2);
        Nd4j.writeAsNumpy(x, dir.resolve("x.npy").toFile());
        Nd4j.writeAsNumpy(y, dir.resolve("y.npy").toFile());
        Dataset d = DatasetSpecs.source("npy").path("x.npy").labels("y.npy").baseDir(dir).shuffle(false)
                .train(4).test(2).load();
        assertEquals(List.of(2, 2), d.inputShape());
        assertEquals(3, d.classes());
        assertArrayEquals(new float[] {16, 17, 18, 19}, d.test().features().slice(0).ravel().toFloatVector());
        assertArrayEquals(new float[] {1, 2}, d.test().labels().toFloatVector());
    }

    @Test
    void npyLabelsOfTheWrongLengthNameTheLabelsFile() throws IOException {
        Nd4j.writeAsNumpy(Nd4j.zeros(DataType.FLOAT, 6, 3), dir.resolve("x.npy").toFile());
        Nd4j.writeAsNumpy(Nd4j.zeros(DataType.FLOAT, 5), dir.resolve("y.npy").toFile());
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("npy").path("x.npy").labels("y.npy").baseDir(dir).load());
        assertTrue(e.getMessage().startsWith(dir.resolve("y.npy") + ": labels of shape [5]"), e.getMessage());
    }

    @Test
    void aFileThatIsNotNpyIsNamed() throws IOException {
        Files.writeString(dir.resolve("x.npy"), "not numpy at all");
        Nd4j.writeAsNumpy(Nd4j.zeros(DataType.FLOAT, 5), dir.resolve("y.npy").toFile());
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("npy").path("x.npy").labels("y.npy").baseDir(dir).load());
        assertTrue(e.getMessage().startsWith(dir.resolve("x.npy") + ": not a readable .npy file"), e.getMessage());
    }

    @Test
    void wekasBundledIrisLoadsAsThreeClassesOfFourFeatures() throws IOException {
        Path iris = dir.resolve("iris.arff");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("weka/gui/beans/templates/iris.arff")) {
            org.junit.jupiter.api.Assumptions.assumeTrue(in != null, "Weka's jar bundles iris.arff");
            Files.copy(in, iris);
        }
        Dataset d = DatasetSpecs.source("arff").path("iris.arff").baseDir(dir).train(120).test(30).load();
        assertEquals(3, d.classes());
        assertEquals(List.of(4), d.inputShape());
        Map<Long, Long> counts = new java.util.TreeMap<>(DatasetStats.of(d).train().classCounts());
        DatasetStats.of(d).test().classCounts().forEach((k, v) -> counts.merge(k, v, Long::sum));
        assertEquals(Map.of(0L, 50L, 1L, 50L, 2L, 50L), counts);
    }

    @Test
    void nominalArffInputsBecomeOneHotColumns() throws IOException {
        Files.writeString(dir.resolve("w.arff"), """
                @relation weather
                @attribute outlook {sunny, overcast, rainy}
                @attribute temperature numeric
                @attribute play {yes, no}
                @data
                sunny, 30, no
                rainy, ?, yes
                overcast, 20, yes
                """);
        Dataset d = DatasetSpecs.source("arff").path("w.arff").baseDir(dir).shuffle(false).train(3).test(0).load();
        assertEquals(List.of(4), d.inputShape());
        assertArrayEquals(new float[] {1, 0, 0, 30}, d.train().features().getRow(0).toFloatVector());
        assertArrayEquals(new float[] {0, 1, 0, 20}, d.train().features().getRow(2).toFloatVector());
        assertTrue(Float.isNaN(d.train().features().getFloat(1, 3)));
        assertArrayEquals(new float[] {1, 0, 0}, d.train().labels().toFloatVector());
        assertEquals(2, d.classes());
    }

    @Test
    void aBrokenArffFileIsNamed() throws IOException {
        Files.writeString(dir.resolve("bad.arff"), "@relation r\n@attribute a numeric\n@data\nx\n");
        UserError e = assertThrows(UserError.class,
                () -> DatasetSpecs.source("arff").path("bad.arff").baseDir(dir).train(1).test(0).load());
        assertTrue(e.getMessage().startsWith(dir.resolve("bad.arff") + ": "), e.getMessage());
    }

    @Test
    void aSpecShapeReshapesFlatCsvRowsIntoImages() throws IOException {
        StringBuilder csv = new StringBuilder("p0,p1,p2,p3,label\n");
        csv.append("1,2,3,4,0\n5,6,7,8,1\n");
        Files.writeString(dir.resolve("img.csv"), csv);
        Dataset d = DatasetSpecs.source("csv").path("img.csv").baseDir(dir).shape(2, 2, 1).shuffle(false)
                .train(2).test(0).load();
        assertEquals(List.of(2, 2, 1), d.inputShape());
        assertEquals(4.0, d.train().features().getDouble(0, 1, 1, 0));
        UserError e = assertThrows(UserError.class, () -> DatasetSpecs.source("csv").path("img.csv").baseDir(dir)
                .shape(3, 1).train(2).test(0).load());
        assertTrue(e.getMessage().startsWith("/dataset/shape:"), e.getMessage());
    }

    @Test
    void anUnknownSourceListsTheAcceptedOnes() {
        UserError e = assertThrows(UserError.class, () -> DatasetSpecs.source("parquet").load());
        assertTrue(e.getMessage().startsWith("/dataset/source: unknown source 'parquet'")
                && e.getMessage().contains("csv"), e.getMessage());
    }
}
