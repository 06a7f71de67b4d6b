package dev.dnnfl.deepfd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureTableTest {
    @Test
    void anArffTableReadsBackWithTheSameRowsAndLabels(@TempDir Path dir) throws Exception {
        FeatureTable table = new FeatureTable(List.of("ft_loss", "ft_acc_mean"), "abc123", List.of(
                new FeatureRow("s1", "origin", 0, 11, new double[]{0.5, 0.25}, Set.of(), 0),
                new FeatureRow("s1", "lr_5.0__act_tanh", 3, 14, new double[]{2.5, -1e-7},
                        Set.of(DeepFdLabel.LR, DeepFdLabel.ACT), 2)));
        Path file = dir.resolve("features.arff");
        table.write(file);
        assertTrue(Files.readString(file).contains("@attribute lb_epoch {0,1}"));
        FeatureTable back = FeatureTable.read(file, "abc123");
        assertEquals(table.featureNames(), back.featureNames());
        assertEquals(2, back.rows().size());
        FeatureRow r = back.rows().get(1);
        assertEquals("lr_5.0__act_tanh", r.variant());
        assertEquals(3, r.run());
        assertEquals(14, r.seed());
        assertEquals(2, r.seededFaults());
        assertEquals(Set.of(DeepFdLabel.LR, DeepFdLabel.ACT), r.labels());
        assertArrayEquals(new double[]{2.5, -1e-7}, r.features(), 1e-12);
        assertEquals(Set.of(), back.rows().get(0).labels());
    }

    @Test
    void aWrittenTableHasThePermissionsOfAnyNewFileAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        FeatureTable table = new FeatureTable(List.of("ft_loss"), "abc123", List.of(
                new FeatureRow("s1", "origin", 0, 11, new double[]{0.5}, Set.of(), 0)));
        table.write(dir.resolve("features.arff"));
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("features.arff")));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }
}
