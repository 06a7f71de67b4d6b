package dev.dnnfl;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps data flowing one way through the pipeline: a stage package imports only stages above it
 * (style guide 5.1), and nothing imports {@code cli}.
 */
class PackageDirectionTest {
    /** The stages in pipeline order; a package may import only those before it. */
    static final List<String> ORDER = List.of("spec", "data", "train", "telemetry", "facts", "rules",
            "mutation", "deepfd", "neutrality", "score", "benchmark", "report", "cli");

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.dnnfl\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void everyStageImportsOnlyEarlierStages() throws IOException {
        Path root = Path.of("src/main/java/dev/dnnfl");
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String stage = root.relativize(file).getName(0).toString();
                int rank = ORDER.indexOf(stage);
                if (rank < 0) {
                    violations.add(file + ": package '" + stage + "' is not a pipeline stage");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    int imported = ORDER.indexOf(m.group(1));
                    if (imported > rank) violations.add(file + " imports dev.dnnfl." + m.group(1));
                }
            }
        }
        assertTrue(files > 0, "no sources found under " + root.toAbsolutePath());
        assertEquals(List.of(), violations);
    }
}
