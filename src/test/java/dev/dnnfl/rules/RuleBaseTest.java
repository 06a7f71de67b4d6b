package dev.dnnfl.rules;

import dev.dnnfl.spec.FaultType;
import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.dnnfl.rules.Layers.layer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBaseTest {
    private static final String HEADER = """
            package dnnfl.probe;
            import dev.dnnfl.facts.LayerFact;
            import dev.dnnfl.rules.Finding;
            """;

    private static Path write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return dir;
    }

    @Test
    void findingReadsRuleNameAndMetadataFromTheFiringRule(@TempDir Path dir) throws IOException {
        write(dir, "probe.drl", HEADER + """
                rule "XX P1 wide layer"
                    @fault("LCN") @direction("decrease") @fix("use fewer units")
                when
                    LayerFact( $i : index, units > 100 )
                then
                    insert( Finding.of( kcontext, "layer " + $i + " is wide" ).at( $i ).with( "units", 128 ) );
                end
                rule "XX P2 remark"
                when
                    LayerFact( $i : index, units > 100 )
                then
                    insert( Finding.of( kcontext, "just a remark" ) );
                end
                """);
        RuleBase base = RuleBase.load(dir);
        try (RuleSession s = base.newSession()) {
            s.insert(layer(4).dense(128).fact()).fire();
            List<Finding> found = s.findings();
            assertEquals(2, found.size());
            Finding f = found.stream().filter(x -> x.rule().equals("XX P1 wide layer")).findFirst().orElseThrow();
            assertEquals("XX", f.technique());
            assertEquals(FaultType.LCN, f.fault().orElseThrow().type());
            assertEquals(List.of(4), f.fault().orElseThrow().layers());
            assertEquals("decrease", f.direction().orElseThrow());
            assertEquals("use fewer units", f.fix());
            assertEquals(Severity.ERROR, f.severity());
            assertEquals(128, f.evidence().get("units"));
            Finding w = found.stream().filter(x -> x.rule().equals("XX P2 remark")).findFirst().orElseThrow();
            assertTrue(w.fault().isEmpty());
            assertEquals(Severity.WARNING, w.severity());
        }
    }

    @Test
    void aBrokenRuleFileIsAUserErrorNamingFileLineAndColumn(@TempDir Path dir) throws IOException {
        write(dir, "broken.drl", HEADER + """
                rule "XX broken"
                when
                    LayerFact( $i : index, unitz > 100 )
                then
                end
                """);
        UserError e = assertThrows(UserError.class, () -> RuleBase.load(dir));
        assertTrue(e.getMessage().matches("(?s).*broken\\.drl:6:\\d+: .*"), e.getMessage());
    }

    @Test
    void aMissingPackFileIsAUserError(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> RuleBase.load(dir, Set.of(RulePack.NEURALINT)));
        assertTrue(e.getMessage().contains("neuralint.drl"), e.getMessage());
    }

    @Test
    void theHashCoversFileNamesAndContents(@TempDir Path dir) throws IOException {
        write(dir, "a.drl", HEADER);
        String before = RuleBase.load(dir).sha256();
        assertEquals(before, RuleBase.load(dir).sha256());
        write(dir, "a.drl", HEADER + "\n// edited\n");
        assertNotEquals(before, RuleBase.load(dir).sha256());
    }

    @Test
    void aStopRequestFromARuleReachesTheSession(@TempDir Path dir) throws IOException {
        write(dir, "stop.drl", HEADER + """
                global dev.dnnfl.rules.TrainingStop trainingStop;
                rule "XX S1 stop on huge layer"
                when
                    LayerFact( units > 1000 )
                then
                    trainingStop.request( "too wide" );
                end
                """);
        RuleBase base = RuleBase.load(dir);
        try (RuleSession s = base.newSession()) {
            s.insert(layer(0).dense(10).fact()).fire();
            assertTrue(s.stopRequest().isEmpty());
            s.insert(layer(1).dense(2000).fact()).fire();
            assertEquals("too wide", s.stopRequest().orElseThrow());
        }
    }
}
