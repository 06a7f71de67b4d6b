package dev.dnnfl.report;

import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A folder of output files (a training run's telemetry) put in place in one step: its files are
 * written into a hidden staging folder next to the target, which replaces the target only when
 * the work succeeded. A failed run therefore neither leaves a half-written folder nor spoils the
 * folder an earlier run wrote there (a mix of old {@code run.json} and new, empty series would
 * read back as a valid run).
 */
public final class ReportFolder {
    private final Path target;
    private final Path staging;

    private ReportFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Creates the staging folder for {@code target} (its parent folders too); the staging folder
     * gets the permissions any new folder gets.
     */
    public static ReportFolder stage(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(absolute.getParent());
            if (Files.exists(staging)) deleteTree(staging);   // left by an interrupted run of a recycled process id
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new UserError(target + ": cannot write there: " + ReportFile.reason(e), e);
        }
        return new ReportFolder(target, staging);
    }

    /** Where the files go until {@link #commit()}. */
    public Path staging() {
        return staging;
    }

    /** The folder the files end up in. */
    public Path target() {
        return target;
    }

    /** Replaces the target with the staged folder. */
    public void commit() {
        Path absolute = target.toAbsolutePath().normalize();
        Path old = absolute.resolveSibling("." + absolute.getFileName() + ".old-" + ProcessHandle.current().pid());
        try {
            if (Files.exists(absolute)) {
                // Move the earlier folder aside first: a folder cannot be replaced by a rename.
                if (Files.exists(old)) deleteTree(old);
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            if (Files.exists(old)) deleteTree(old);
        } catch (IOException e) {
            throw new UserError(target + ": cannot put the new files in place: " + ReportFile.reason(e)
                    + " (they are in " + staging + ")", e);
        }
    }

    /** Removes the staged files after a failure; the target stays as it was. */
    public void discard(Throwable failure) {
        try {
            if (Files.exists(staging)) deleteTree(staging);
        } catch (IOException e) {
            failure.addSuppressed(e);   // the failure is what the user needs to see; this travels with it
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
