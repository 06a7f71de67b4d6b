package dev.dnnfl.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProvenanceTest {
    @Test
    void classifierHashesIterateInModelNameOrderAndCannotBeChanged() {
        Map<String, String> hashes = new HashMap<>();
        List<String> names = new ArrayList<>();
        // enough models that an unordered map is all but certain to come out in another order
        for (String kind : List.of("rf", "knn", "j48")) {
            for (String label : List.of("opt", "lr", "loss", "epoch", "act", "w", "b")) {
                names.add(kind + "-" + label + ".model");
                hashes.put(kind + "-" + label + ".model", "sha-" + kind + label);
            }
        }
        Provenance p = new Provenance("s", "abc", List.of(1L), "def", hashes, "0", "17", Instant.EPOCH);
        assertEquals(names.stream().sorted().toList(), List.copyOf(p.classifierSha256().keySet()));
        assertEquals(hashes, p.classifierSha256());
        assertThrows(UnsupportedOperationException.class, () -> p.classifierSha256().put("x", "y"));
    }
}
