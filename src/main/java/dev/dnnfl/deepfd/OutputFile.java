package dev.dnnfl.deepfd;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A DeepFD output file (trained classifier, metadata, feature table) written in one step: the
 * content goes to a file inside a private temporary folder next to the target, which is then
 * moved into place, so a failure never leaves a half-written file.
 *
 * <p>Why not {@code Files.createTempFile}: it creates files readable by their owner only, and the
 * move kept that mode, so classifiers and tables came out {@code rw-------}. A plain file made in
 * the temporary folder gets the permissions the user's umask gives any new file. The same pattern
 * as {@code report.ReportFile}, which this package may not import.
 */
final class OutputFile {
    private OutputFile() {
    }

    /** Fills a file at the given path. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** Writes {@code bytes} to {@code file}, replacing it; its folder is created if missing. */
    static void write(Path file, byte[] bytes) throws IOException {
        write(file, tmp -> Files.write(tmp, bytes));
    }

    /** Lets {@code content} write a new file, then moves it to {@code file}, replacing it. */
    static void write(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path tempFolder = Files.createTempDirectory(folder, "." + absolute.getFileName() + ".");
        try {
            Path tmp = tempFolder.resolve(absolute.getFileName());
            content.writeTo(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try (var leftovers = Files.list(tempFolder)) {
                for (Path p : (Iterable<Path>) leftovers::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(tempFolder);
        }
    }
}
