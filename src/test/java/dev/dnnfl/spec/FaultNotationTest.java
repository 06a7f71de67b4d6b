package dev.dnnfl.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultNotationTest {

    @ParameterizedTest
    @ValueSource(strings = {"OCH, HLR, ACH(0,1)", "-", "N/A", "ACH(0)|LRM", "HBS, ACH(5,6)|LRM(5), CPP", "WCI(0)"})
    void printingAParsedListGivesTheSameText(String text) {
        assertEquals(text, FaultList.parse(text).toString());
    }

    @Test
    void aListHoldsGroupsOfTypedFaultsWithSortedLayers() {
        FaultList list = FaultList.parse("OCH, HLR, ACH(1, 0, 1)");
        assertEquals(List.of(FaultGroup.of(Fault.of(FaultType.OCH)), FaultGroup.of(Fault.of(FaultType.HLR)),
                FaultGroup.of(Fault.of(FaultType.ACH, 0, 1))), list.groups());
        assertEquals("OCH, HLR, ACH(0,1)", list.toString(), "layers are sorted and deduplicated");
    }

    @Test
    void alternativesFormOneGroup() {
        FaultList list = FaultList.parse("ACH(0)|LRM, HLR");
        assertEquals(2, list.groups().size());
        assertEquals(List.of(Fault.of(FaultType.ACH, 0), Fault.of(FaultType.LRM)), list.groups().get(0).readings());
        assertEquals(3, list.faults().size());
    }

    @Test
    void emptyAndNotApplicableAreDistinctButBothHoldNoFault() {
        FaultList none = FaultList.parse("-");
        FaultList na = FaultList.parse("N/A");
        assertTrue(none.isEmpty());
        assertTrue(na.isEmpty());
        assertFalse(none.notApplicable());
        assertTrue(na.notApplicable());
        assertEquals(FaultList.empty(), FaultList.parse("[]"));
        assertEquals(FaultList.empty(), FaultList.parse(""));
    }

    @Test
    void aListCopiedFromJsonReadsAsTheSameList() {
        assertEquals(FaultList.parse("ACH(5), HLR"), FaultList.parse("[\"ACH(5)\", \"HLR\"]"));
        assertEquals(FaultList.parse("ACH(0)|LRM"), FaultList.parse("[\"ACH(0)|LRM\"]"));
    }

    @Test
    void lowerCaseCodesAreTheSameType() {
        assertEquals(FaultList.parse("HLR, ACH(2)"), FaultList.parse("hlr, ach(2)"));
    }

    @Test
    void anUnknownTypeListsTheKnownCodes() {
        UserError e = assertThrows(UserError.class, () -> FaultList.parse("HLR, XYZ(2)"));
        assertTrue(e.getMessage().startsWith("unknown fault type 'XYZ' (expected one of: HBS, HLR, HNE,"), e.getMessage());
    }

    @Test
    void badLayerListsAreRejectedWithTheToken() {
        assertEquals("bad layer index 'x' in 'ACH(x)' (expected a layer number >= 0)",
                assertThrows(UserError.class, () -> FaultList.parse("ACH(x)")).getMessage());
        assertEquals("bad layer index '-1' in 'ACH(-1)' (expected a layer number >= 0)",
                assertThrows(UserError.class, () -> FaultList.parse("ACH(-1)")).getMessage());
        assertEquals("bad fault 'ACH(1' in 'ACH(1': missing ')'",
                assertThrows(UserError.class, () -> FaultList.parse("ACH(1")).getMessage());
        assertTrue(assertThrows(UserError.class, () -> FaultList.parse("ACH()")).getMessage().contains("empty layer list"));
        assertEquals("empty fault in 'HLR,,OCH'", assertThrows(UserError.class, () -> FaultList.parse("HLR,,OCH")).getMessage());
    }

    @Test
    void faultsMatchOnEqualTypesAndIntersectingLayers() {
        assertTrue(Fault.of(FaultType.ACH, 0, 1).matches(Fault.of(FaultType.ACH, 1, 2)));
        assertFalse(Fault.of(FaultType.ACH, 0).matches(Fault.of(FaultType.ACH, 1)));
        assertFalse(Fault.of(FaultType.ACH, 0).matches(Fault.of(FaultType.WCI, 0)));
    }

    @Test
    void aFaultWithoutLayersMatchesAnyLayersOfItsType() {
        assertTrue(Fault.of(FaultType.ACH).matches(Fault.of(FaultType.ACH, 7)));
        assertTrue(Fault.of(FaultType.ACH, 7).matches(Fault.of(FaultType.ACH)));
        assertFalse(Fault.of(FaultType.HLR).matches(Fault.of(FaultType.ACH)));
    }

    @Test
    void aGroupMatchesWhenAnyReadingMatches() {
        FaultGroup group = FaultList.parse("ACH(0)|LRM").groups().get(0);
        assertTrue(group.matches(Fault.of(FaultType.LRM, 3)));
        assertTrue(group.matches(Fault.of(FaultType.ACH, 0)));
        assertFalse(group.matches(Fault.of(FaultType.ACH, 2)));
        assertFalse(group.matches(Fault.of(FaultType.HLR)));
    }
}
