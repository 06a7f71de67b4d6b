package dev.dnnfl.report;

import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A report written to a file in one step: the text goes to a temporary file next to the target,
 * which is then moved into place, so a failure never leaves a half-written report.
 */
public final class ReportFile {
    private ReportFile() {
    }

    /** Writes {@code text} (UTF-8) to {@code target}, replacing it; an unwritable place is a {@link UserError}. */
    public static void write(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            if (folder != null) Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            removeTemporary(temp, e);
            throw new UserError(target + ": cannot write the report (" + e.getMessage() + ")", e);
        }
    }

    private static void removeTemporary(Path temp, IOException failure) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the failed write is the error to report; this one travels with it
            failure.addSuppressed(e);
        }
    }
}
