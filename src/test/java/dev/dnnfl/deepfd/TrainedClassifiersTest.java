package dev.dnnfl.deepfd;

import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainedClassifiersTest {
    static final Path TINY = Path.of("src/test/resources/dev/dnnfl/deepfd/tiny-features.json");

    /**
     * A separable table over the tiny schema (7 features): a variant seeded with lr has a huge
     * final loss, one seeded with opt a low final accuracy; the others look like the original.
     */
    static FeatureTable syntheticTable(FeatureSchema schema, long seed) {
        Random random = new Random(seed);
        List<FeatureRow> rows = new ArrayList<>();
        for (int v = 0; v < 30; v++) {
            Set<DeepFdLabel> labels = switch (v % 3) {
                case 0 -> Set.of();
                case 1 -> Set.of(DeepFdLabel.LR);
                default -> Set.of(DeepFdLabel.OPT);
            };
            for (int run = 0; run < 3; run++) {
                double loss = labels.contains(DeepFdLabel.LR) ? 50 + random.nextDouble() : 0.3 + 0.1 * random.nextDouble();
                double acc = labels.contains(DeepFdLabel.OPT) ? 0.2 + 0.05 * random.nextDouble() : 0.9 + 0.05 * random.nextDouble();
                double[] f = {loss, acc, loss, acc, loss, 0.01 * random.nextDouble(), loss};
                rows.add(new FeatureRow("s", "v" + v, run, run, f, labels, labels.size()));
            }
        }
        return new FeatureTable(schema.names(), schema.sha256(), rows);
    }

    @Test
    void classifiersLearnASeparableTableAndRoundTripThroughTheirFolder(@TempDir Path dir) throws Exception {
        FeatureSchema schema = FeatureSchema.read(TINY);
        TrainedClassifiers trained = TrainedClassifiers.train(syntheticTable(schema, 1), schema, 7, 5, Map.of("how", "test"))
                .save(dir);
        double[] lrRun = {50.5, 0.92, 50.5, 0.92, 50.5, 0.001, 50.5};
        double[] cleanRun = {0.35, 0.93, 0.35, 0.93, 0.35, 0.001, 0.35};
        for (ClassifierKind kind : ClassifierKind.values()) {
            assertEquals(EnumSet.of(DeepFdLabel.LR), trained.predict(lrRun).get(kind), kind.name());
            assertEquals(Set.of(), trained.predict(cleanRun).get(kind), kind.name());
            assertTrue(trained.metadata().scores().get(kind).get(DeepFdLabel.LR).recall() > 0.9, kind.name());
        }
        assertEquals(16, Files.list(dir).count());                     // 15 models + metadata.json
        TrainedClassifiers loaded = TrainedClassifiers.load(dir, schema);
        assertEquals(trained.predict(lrRun), loaded.predict(lrRun));
        assertEquals(schema.sha256(), loaded.metadata().schemaSha256());
        assertEquals(90, loaded.metadata().trainingRows());
        assertEquals(TrainedClassifiers.sha256(Files.readAllBytes(dir.resolve("rf-opt.model"))),
                loaded.modelSha256().get("rf-opt.model"));
    }

    @Test
    void savedClassifiersHaveThePermissionsOfAnyNewFile(@TempDir Path dir) throws Exception {
        FeatureSchema schema = FeatureSchema.read(TINY);
        TrainedClassifiers.train(syntheticTable(schema, 1), schema, 7, 5, Map.of("how", "test")).save(dir.resolve("c"));
        var expected = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        try (var files = Files.list(dir.resolve("c"))) {
            for (Path f : files.toList()) {
                assertEquals(expected, Files.getPosixFilePermissions(f), f.toString());
            }
        }
    }

    @Test
    void classifiersBuiltForAnotherSchemaAreRefusedWithAHowToRetrain(@TempDir Path dir) throws Exception {
        FeatureSchema schema = FeatureSchema.read(TINY);
        TrainedClassifiers.train(syntheticTable(schema, 1), schema, 7, 3, Map.of()).save(dir);
        FeatureSchema other = FeatureSchema.parse(Files.readString(TINY).replace("\"max\"", "\"min\""), "other");
        UserError e = assertThrows(UserError.class, () -> TrainedClassifiers.load(dir, other));
        assertTrue(e.getMessage().contains("built for feature schema"), e.getMessage());
        assertTrue(e.getMessage().contains("dnnfl deepfd train"), e.getMessage());
    }

    @Test
    void aCorruptModelFileIsRefused(@TempDir Path dir) throws Exception {
        FeatureSchema schema = FeatureSchema.read(TINY);
        TrainedClassifiers.train(syntheticTable(schema, 1), schema, 7, 3, Map.of()).save(dir);
        Files.write(dir.resolve("j48-act.model"), new byte[]{1, 2, 3});
        UserError e = assertThrows(UserError.class, () -> TrainedClassifiers.load(dir, schema));
        assertTrue(e.getMessage().contains("j48-act.model: corrupt classifier"), e.getMessage());
    }

    @Test
    void aMissingFolderSaysHowToTrainClassifiers(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> TrainedClassifiers.load(dir.resolve("none"), FeatureSchema.read(TINY)));
        assertTrue(e.getMessage().contains("no trained DeepFD classifiers"), e.getMessage());
        assertTrue(e.getMessage().contains("dnnfl deepfd train --subjects"), e.getMessage());
    }

    @Test
    void classifiersSavedByDnnfl010StillLoadAndPredict() {
        // Saved by this code at version 0.1.0 (see the folder's metadata.json); keeps old models loadable.
        Path old = Path.of("src/test/resources/dev/dnnfl/deepfd/classifiers-0.1.0");
        TrainedClassifiers loaded = TrainedClassifiers.load(old, FeatureSchema.read(TINY));
        double[] lrRun = {50.5, 0.92, 50.5, 0.92, 50.5, 0.001, 50.5};
        assertEquals(EnumSet.of(DeepFdLabel.LR), loaded.predict(lrRun).get(ClassifierKind.J48));
        assertEquals("3.8.6", loaded.metadata().wekaVersion());
    }

    @Test
    void balancingKeepsAtLeastFiftyRowsPerLabelAndEveryMultiFaultRow() {
        List<FeatureRow> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) rows.add(new FeatureRow("s", "o" + i, 0, 0, new double[]{0}, Set.of(), 0));
        for (DeepFdLabel l : DeepFdLabel.values()) {
            for (int i = 0; i < 60; i++) rows.add(new FeatureRow("s", l.key() + i, 0, 0, new double[]{0}, Set.of(l), 1));
        }
        rows.add(new FeatureRow("s", "multi", 0, 0, new double[]{0}, Set.of(DeepFdLabel.LR, DeepFdLabel.ACT), 2));
        List<FeatureRow> kept = TrainedClassifiers.balance(rows, new Random(3));
        assertEquals(60 * 5 + 60 + 1, kept.size());                    // m = max(50, 60) = 60
        assertEquals(60, kept.stream().filter(r -> r.seededFaults() == 0).count());
        assertTrue(kept.stream().anyMatch(r -> r.variant().equals("multi")));
    }
}
