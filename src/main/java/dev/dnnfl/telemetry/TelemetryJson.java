package dev.dnnfl.telemetry;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON dialect of run folders: NaN and infinities as strings, unknown fields ignored (newer writers). */
final class TelemetryJson {
    /**
     * One configured mapper for every run: Jackson caches its serialisers per mapper, and building
     * them anew costs about a tenth of a second per run. Never reconfigured after this line.
     */
    private static final ObjectMapper MAPPER = build();

    private TelemetryJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        return JsonMapper.builder()
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
