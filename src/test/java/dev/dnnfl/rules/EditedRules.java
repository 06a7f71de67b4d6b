package dev.dnnfl.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A rule pack compiled from a copy of its file in {@code rules/} with one line of its limits block
 * edited, as a user would edit it: how tests reach a pack's compatibility switches.
 */
final class EditedRules {
    private EditedRules() {
    }

    /** The pack's file with {@code line} replaced by {@code edited}, compiled alone. */
    static TestRules of(RulePack pack, String line, String edited) {
        try {
            Path dir = Files.createTempDirectory("edited-rules");
            String text = Files.readString(Path.of("rules").resolve(pack.file()));
            if (!text.contains(line)) throw new IllegalStateException(pack.file() + " has no line '" + line + "'");
            Path copy = dir.resolve(pack.file());
            Files.writeString(copy, text.replace(line, edited));
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return new TestRules(RuleBase.load(dir, Set.of(pack)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
