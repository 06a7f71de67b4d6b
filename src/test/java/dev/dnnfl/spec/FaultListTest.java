package dev.dnnfl.spec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fault notation as the scorer files use it: round trips, empty forms and bad input. */
class FaultListTest {
    @Test
    void theNotationRoundTrips() {
        for (String text : List.of("HLR", "OCH, HLR, ACH(0,1)", "LRM|LAD|ACH(0), HLR", "-", "N/A")) {
            assertEquals(text, FaultList.parse(text).toString());
        }
    }

    @Test
    void everyEmptyFormIsTheEmptyList() {
        for (String text : List.of("", "-", "[]", "[ ]", "  -  ")) {
            assertEquals(FaultList.empty(), FaultList.parse(text), "'" + text + "'");
        }
        assertTrue(FaultList.parse("n/a").notApplicable());
    }

    @Test
    void aJsonStyleListWithQuotesIsRead() {
        assertEquals(FaultList.parse("ACH(2), HLR, ACH(0)|LRM"),
                FaultList.parse("[\"ACH(2)\", \"HLR\", \"ACH(0)|LRM\"]"));
    }

    @Test
    void layersAreSortedWithoutDuplicates() {
        assertEquals("ACH(0,1)", FaultList.parse("ACH(1, 0, 1)").toString());
    }

    @Test
    void badFaultsNameTheBadToken() {
        assertTrue(assertThrows(UserError.class, () -> FaultList.parse("HLR, ACX(2)")).getMessage()
                .startsWith("unknown fault type 'ACX'"));
        assertTrue(assertThrows(UserError.class, () -> FaultList.parse("ACH(-1)")).getMessage()
                .startsWith("bad layer index '-1'"));
        assertTrue(assertThrows(UserError.class, () -> FaultList.parse("ACH(2")).getMessage()
                .contains("missing ')'"));
        assertTrue(assertThrows(UserError.class, () -> FaultList.parse("HLR,,OCH")).getMessage()
                .startsWith("empty fault in"));
    }
}
