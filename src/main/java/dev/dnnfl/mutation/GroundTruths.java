package dev.dnnfl.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.FaultType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interim patch → faults for the paths DeepFD's operators write, until the spec stage's
 * {@code PatchFaults} (the one mapping of architecture.md) is merged; then this class goes.
 */
final class GroundTruths {
    private GroundTruths() {
    }

    static FaultList of(JsonNode patch) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        for (JsonNode op : patch) {
            String path = op.path("path").asText();
            Fault f;
            if (path.equals("/training/optimizer")) f = Fault.of(FaultType.OCH);
            else if (path.equals("/training/learning_rate")) f = Fault.of(FaultType.HLR);
            else if (path.equals("/training/loss")) f = Fault.of(FaultType.LCH);
            else if (path.equals("/training/epochs")) f = Fault.of(FaultType.HNE);
            else if (path.matches("/layers/\\d+/activation")) f = Fault.of(FaultType.ACH, Integer.parseInt(path.split("/")[2]));
            else throw new IllegalArgumentException("no fault type for patch path " + path);
            faults.put(f.toString(), f);
        }
        return FaultList.of(new ArrayList<>(faults.values()));
    }
}
