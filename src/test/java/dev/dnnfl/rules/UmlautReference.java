package dev.dnnfl.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of the project's {@code rules/umlaut.drl} with the compatibility switch
 * {@code referenceSoftmaxCheck} turned on, compiled once: what a user gets by editing that one
 * line of the limits block.
 */
final class UmlautReference {
    static final TestRules SHARED = new TestRules(RuleBase.load(copy(), java.util.Set.of(RulePack.UMLAUT)));

    private UmlautReference() {
    }

    private static Path copy() {
        try {
            Path dir = Files.createTempDirectory("umlaut-reference");
            String text = Files.readString(Path.of("rules/umlaut.drl"));
            String edited = text.replace("referenceSoftmaxCheck : boolean = false", "referenceSoftmaxCheck : boolean = true");
            if (edited.equals(text)) throw new IllegalStateException("umlaut.drl has no referenceSoftmaxCheck line");
            Files.writeString(dir.resolve("umlaut.drl"), edited);
            dir.toFile().deleteOnExit();
            dir.resolve("umlaut.drl").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
