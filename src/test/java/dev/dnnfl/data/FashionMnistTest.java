package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FashionMnistTest {

    @TempDir
    Path dir;

    @Test
    void debiansFashionMnistGivesSeededSubsetsOfGreyImages() {
        assumeTrue(Files.isDirectory(FashionMnist.DEBIAN_HOME), "dataset-fashion-mnist is installed");
        Dataset d = DatasetSpecs.source("fashion-mnist").train(600).test(100).validation(0.1).seed(1).load();
        assertEquals(List.of(28, 28, 1), d.inputShape());
        assertEquals(10, d.classes());
        assertEquals(540, d.train().size());
        assertEquals(60, d.validation().size());
        assertEquals(100, d.test().size());
        DatasetStats stats = DatasetStats.of(d);
        assertEquals(0.0, stats.train().min());
        assertEquals(255.0, stats.train().max());
        assertEquals(10, stats.train().classCounts().size(), "a random subset of 540 has every class");
        Dataset again = DatasetSpecs.source("fashion-mnist").train(600).test(100).validation(0.1).seed(1).load();
        assertEquals(d.test().features(), again.test().features());
        Dataset other = DatasetSpecs.source("fashion-mnist").train(600).test(100).validation(0.1).seed(2).load();
        assertNotEquals(d.train().labels(), other.train().labels());
    }

    @Test
    void scale01DividesFashionMnistPixelsBy255() {
        assumeTrue(Files.isDirectory(FashionMnist.DEBIAN_HOME), "dataset-fashion-mnist is installed");
        Dataset d = DatasetSpecs.source("fashion-mnist").train(200).test(50).step("scale_0_1").load();
        assertEquals(1.0, DatasetStats.of(d).train().max(), 1e-6);
        assertEquals(0.0, DatasetStats.of(d).test().min(), 1e-6);
    }

    @Test
    void aFolderGivenAsPathIsReadInsteadOfDebians() throws IOException {
        IdxFiles.writeImages(dir, "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", 20, 3, 3, true);
        IdxFiles.writeImages(dir, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", 8, 3, 3, false);
        Dataset d = DatasetSpecs.source("fashion-mnist").path(dir.toString()).train(10).test(8).load();
        assertEquals(List.of(3, 3, 1), d.inputShape());
        assertEquals(10, d.train().size());
        assertEquals(8, d.test().size());
        assertTrue(DatasetStats.of(d).test().max() <= 70, "test samples come from the t10k files (pixels <= 70)");
    }

    @Test
    void aMissingFashionMnistSaysHowToInstallIt() {
        UserError e = assertThrows(UserError.class, () -> DatasetLoader.load(
                DatasetSpecs.source("fashion-mnist").build(), null, dir.resolve("absent")));
        assertTrue(e.getMessage().contains("install it with: sudo apt-get install dataset-fashion-mnist")
                && e.getMessage().contains("/dataset/path") && e.getMessage().startsWith(dir.resolve("absent").toString()),
                e.getMessage());
    }
}
