package dev.dnnfl.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dnnfl.rules.Diagnosis;
import dev.dnnfl.rules.Provenance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DiagnosisProvenanceTest {
    @Test
    void classifierHashesAreWrittenInNameOrderWhateverTheMapsOrder() throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String name : List.of("rf-opt.model", "j48-act.model", "knn-lr.model", "j48-lr.model")) hashes.put(name, "h-" + name);
        Provenance p = new Provenance("s", "a".repeat(64), List.of(1L), "b".repeat(64), hashes, "v", "17",
                Instant.parse("2026-01-01T00:00:00Z"));
        Diagnosis d = new Diagnosis("s", List.of(), List.of(), 1, 0, p);
        JsonNode json = new ObjectMapper().readTree(DiagnosisReport.json(d, Optional.empty(), Map.of()));
        List<String> names = new ArrayList<>();
        json.at("/provenance/classifierSha256").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("j48-act.model", "j48-lr.model", "knn-lr.model", "rf-opt.model"), names);
        assertEquals("h-rf-opt.model", json.at("/provenance/classifierSha256/rf-opt.model").asText());
    }
}
