package dev.dnnfl.benchmark;

import dev.dnnfl.spec.FaultList;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-worked combinations of four localisations. */
class CombinationRuleTest {
    /** DD, UM, NL, DFD in that order. */
    private static Map<String, FaultList> outputs(String dd, String um, String nl, String dfd) {
        Map<String, FaultList> m = new LinkedHashMap<>();
        m.put("DD", FaultList.parse(dd));
        m.put("UM", FaultList.parse(um));
        m.put("NL", FaultList.parse(nl));
        m.put("DFD", FaultList.parse(dfd));
        return m;
    }

    @Test
    void oneVoteIsTheUnionWithLayersMergedAndTheMostAgreedFirst() {
        // study's D4: DD ACH(1); UM ACH(0,1), HLR; NL ACH(0), BCI(0,1); DFD OCH
        FaultList combined = new CombinationRule(1).combine(outputs("ACH(1)", "ACH(0,1), HLR", "ACH(0), BCI(0,1)", "OCH"));
        // ACH has 3 votes; HLR, BCI, OCH 1 each, in FaultType order (HLR, OCH, BCI)
        assertEquals("ACH(0,1), HLR, OCH, BCI(0,1)", combined.toString());
    }

    @Test
    void twoVotesKeepOnlyTypesTwoTechniquesReport() {
        FaultList combined = new CombinationRule(2).combine(outputs("HLR", "ACH(7), HLR", "LCH", "OCH, HLR, HNE"));
        assertEquals("HLR", combined.toString());
    }

    @Test
    void aTechniqueVotesOnceForATypeWhateverLayersItNames() {
        // UM names ACH twice; that is still one vote, so ACH misses two votes
        FaultList combined = new CombinationRule(2).combine(outputs("-", "ACH(0), ACH(2)", "-", "-"));
        assertEquals(FaultList.empty(), combined);
        List<FaultVotes> tally = CombinationRule.tally(outputs("-", "ACH(0), ACH(2)", "-", "-"));
        assertEquals(1, tally.size());
        assertEquals("ACH(0,2)", tally.get(0).fault().toString());
        assertEquals(List.of("UM"), tally.get(0).tools());
    }

    @Test
    void layersAreTheUnionOfThoseNamedAndDeepFdsBareTypeAddsNone() {
        List<FaultVotes> tally = CombinationRule.tally(outputs("ACH(7)", "-", "-", "ACH, LCH"));
        assertEquals("ACH(7)", tally.get(0).fault().toString());
        assertEquals(List.of("DD", "DFD"), tally.get(0).tools());
        assertEquals("LCH", tally.get(1).fault().toString());
    }

    @Test
    void everyReadingOfABarGroupVotesForItsType() {
        FaultList combined = new CombinationRule(2).combine(outputs("LRM|LAD|ACH(0)", "ACH(2)", "-", "LCH"));
        assertEquals("ACH(0,2)", combined.toString());
    }

    @Test
    void notApplicableTechniquesDoNotVoteAndAllNotApplicableGivesNotApplicable() {
        assertEquals("HLR", new CombinationRule(1).combine(outputs("N/A", "HLR", "N/A", "N/A")).toString());
        assertTrue(new CombinationRule(1).combine(outputs("N/A", "N/A", "N/A", "N/A")).notApplicable());
        FaultList nothing = new CombinationRule(1).combine(outputs("-", "N/A", "-", "-"));
        assertEquals(FaultList.empty(), nothing);
    }

    @Test
    void votesNoTechniqueReachesGiveAnEmptyList() {
        assertEquals(FaultList.empty(), new CombinationRule(4).combine(outputs("HLR", "HLR", "HLR", "OCH")));
        assertEquals("HLR", new CombinationRule(3).combine(outputs("HLR", "HLR", "HLR", "OCH")).toString());
    }

    @Test
    void zeroVotesAndNoLocalisationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CombinationRule(0));
        assertThrows(IllegalArgumentException.class, () -> CombinationRule.standard().combine(Map.of()));
    }
}
