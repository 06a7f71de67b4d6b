package dev.dnnfl.deepfd;

import dev.dnnfl.spec.UserError;
import dev.dnnfl.telemetry.EpochRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureSchemaTest {
    static FeatureSchema shipped() {
        return FeatureSchema.read(Path.of(FeatureSchema.DEFAULT_FILE));
    }

    @Test
    void theShippedDefinitionsGive164FeaturesInTheSpecsOrder() {
        List<String> names = shipped().names();
        assertEquals(164, names.size());
        assertEquals(List.of("ft_val_loss", "ft_val_accuracy", "ft_loss", "ft_accuracy"), names.subList(0, 4));
        assertEquals("ft_not_converge_mean", names.get(4));
        assertEquals("ft_died_relu_mean", names.get(52));            // spec §3.3 matrix
        assertEquals("ft_nan_acc_min", names.get(147));
        assertEquals("ft_loss_mean", names.get(148));
        assertEquals("ft_acc_min", names.get(163));
    }

    @Test
    void theSchemaHashChangesWhenTheDefinitionsChangeButNotWithLayout() throws Exception {
        String text = Files.readString(Path.of(FeatureSchema.DEFAULT_FILE));
        String hash = FeatureSchema.parse(text, "a").sha256();
        assertEquals(hash, FeatureSchema.parse(text.replace("\n", "\n  "), "b").sha256());
        assertNotEquals(hash, FeatureSchema.parse(text.replace("\"median\", ", ""), "c").sha256());
    }

    @Test
    void anUnknownSeriesNamesTheFieldAndTheAcceptedNames() {
        UserError e = assertThrows(UserError.class, () -> FeatureSchema.parse(
                "{\"series\": [\"loss\", \"lost\"], \"statistics\": [\"mean\"]}", "f.json"));
        assertTrue(e.getMessage().startsWith("f.json: /series: unknown series 'lost'"), e.getMessage());
        assertTrue(e.getMessage().contains("died_relu"), e.getMessage());
    }

    @Test
    void aMissingFileIsAUserError() {
        UserError e = assertThrows(UserError.class, () -> FeatureSchema.read(Path.of("no/such.json")));
        assertTrue(e.getMessage().contains("no/such.json"), e.getMessage());
    }

    @Test
    void extractionComputesTheStatisticsOfEachSeriesAndZeroesNaN() {
        FeatureSchema schema = FeatureSchema.parse(
                "{\"final_epoch\": [\"val_loss\", \"accuracy\"], \"series\": [\"loss\"], \"statistics\": [\"mean\", \"std\", \"max\"]}", "s");
        List<CheckRow> rows = new ArrayList<>();
        double[] losses = {1, 2, 4, 8};
        for (int e = 0; e < 4; e++) rows.add(row(e, losses[e]));
        RunTrace run = new RunTrace(rows, new EpochRecord(3, 0.5, 0.75, Double.NaN, Double.NaN, 0.01, 10), Map.of());
        assertArrayEquals(new double[]{0.0, 0.75, 3.75, Math.sqrt(28.75 / 3), 8.0}, schema.extract(run), 1e-12);
    }

    static CheckRow row(int epoch, double loss) {
        EnumMap<CheckSeries, Double> values = new EnumMap<>(CheckSeries.class);
        for (CheckSeries s : CheckSeries.values()) values.put(s, 0.0);
        values.put(CheckSeries.LOSS, loss);
        return new CheckRow(epoch, values);
    }
}
