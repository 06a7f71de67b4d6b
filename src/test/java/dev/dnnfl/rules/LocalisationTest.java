package dev.dnnfl.rules;

import dev.dnnfl.spec.Fault;
import dev.dnnfl.spec.FaultType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalisationTest {
    private static Finding finding(String technique, Fault fault) {
        return new Finding(technique, technique + " X", Severity.ERROR, Optional.ofNullable(fault), Optional.empty(),
                "m", "", Map.of(), OptionalInt.empty(), OptionalLong.empty());
    }

    @Test
    void faultsOfOneTypeMergeTheirLayersInFirstAppearanceOrder() {
        Localisation l = Localisation.of("NL", List.of(
                finding("NL", Fault.of(FaultType.LCN, 5)),
                finding("NL", Fault.of(FaultType.ACH, 2)),
                finding("NL", Fault.of(FaultType.LCN, 1)),
                finding("NL", Fault.of(FaultType.LCH))));
        assertEquals("LCN(1,5), ACH(2), LCH", l.faults().toString());
        assertEquals(1, l.runs());
        assertEquals(1, l.agreeing());
    }

    @Test
    void warningsAndOtherTechniquesAreNotLocalised() {
        Localisation l = Localisation.of("UM", List.of(finding("UM", null), finding("DD", Fault.of(FaultType.HLR))));
        assertEquals("-", l.faults().toString());
    }

    @Test
    void theModeOverRunsCountsTheRunsThatAgree() {
        Localisation a = Localisation.of("DD", List.of(finding("DD", Fault.of(FaultType.HLR))));
        Localisation b = Localisation.of("DD", List.of(finding("DD", Fault.of(FaultType.ACH, 2))));
        Localisation mode = Localisation.mode(List.of(b, a, a, b, a));
        assertEquals("HLR", mode.faults().toString());
        assertEquals(5, mode.runs());
        assertEquals(3, mode.agreeing());
    }

    @Test
    void aTiedModeGoesToTheEarliestRun() {
        Localisation a = Localisation.of("DD", List.of(finding("DD", Fault.of(FaultType.HLR))));
        Localisation b = Localisation.of("DD", List.of());
        Localisation mode = Localisation.mode(List.of(b, a));
        assertEquals("-", mode.faults().toString());
        assertEquals(1, mode.agreeing());
    }
}
