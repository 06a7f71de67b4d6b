package dev.dnnfl.telemetry;

import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.SubjectReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TelemetryOverheadTest {
    @Test
    void theBundledBenchmarkSubjectsAreValid() {
        for (String id : TelemetryOverhead.BUNDLED) {
            assertEquals(id, TelemetryOverhead.bundled(id).id());
        }
        assertThrows(IllegalArgumentException.class, () -> TelemetryOverhead.bundled("nope"));
    }

    @Test
    void aMeasurementPairsPlainAndRecordedRuns() {
        Subject tiny = SubjectReader.parse("""
                { "id": "tiny", "task": "classification",
                  "dataset": { "source": "synthetic:blobs", "train": 100, "test": 20, "seed": 1, "classes": 2, "features": 3 },
                  "layers": [ { "type": "dense", "units": 4, "activation": "relu" },
                              { "type": "dense", "units": 2, "activation": "softmax" } ],
                  "training": { "optimizer": "adam", "learning_rate": 0.01, "loss": "categorical_crossentropy",
                                "batch_size": 16, "epochs": 1 } }
                """, "tiny.json", Path.of("."));
        OverheadMeasurement m = TelemetryOverhead.measure(tiny, 1, 3, 2);
        assertEquals(3, m.plainMillis().size());
        assertEquals(3, m.recordedCpuMillis().size());
        assertEquals(OverheadMeasurement.median(m.recordedMillis()) / OverheadMeasurement.median(m.plainMillis()),
                m.wallRatio(), 1e-12);
        assertEquals(2.0, OverheadMeasurement.median(java.util.List.of(3L, 1L, 2L)));
        assertEquals(2.5, OverheadMeasurement.median(java.util.List.of(4L, 1L, 2L, 3L)));
    }
}
