package dev.dnnfl.cli;

import dev.dnnfl.spec.UserError;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Names the subject file in user errors that the training and rule stages raise with only a JSON
 * pointer ({@code /layers/0: …}) or a split ({@code training labels: …}): they know the subject,
 * not the file it came from, and a user running several subjects needs to know which one is wrong.
 */
final class SubjectErrors {
    /** How a stage's message starts when it names a place in the subject rather than a file. */
    private static final List<String> SUBJECT_PLACES = List.of("/id", "/task", "/dataset", "/layers", "/training",
            "/ground_truth", "/fix", "training labels", "validation labels", "test labels", "initializer ");

    private SubjectErrors() {
    }

    /** Runs {@code stage}; a user error about a place in the subject gets {@code file: } in front. */
    static <T> T named(Path file, Supplier<T> stage) {
        try {
            return stage.get();
        } catch (UserError e) {
            String message = e.getMessage();
            if (file == null || SUBJECT_PLACES.stream().noneMatch(message::startsWith)) throw e;
            throw new UserError(file + ": " + message, e);
        }
    }

    /** As {@link #named(Path, Supplier)} for a stage that gives no result. */
    static void named(Path file, Runnable stage) {
        named(file, () -> {
            stage.run();
            return null;
        });
    }
}
