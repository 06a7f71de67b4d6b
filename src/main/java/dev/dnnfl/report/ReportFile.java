package dev.dnnfl.report;

import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A report written to a file in one step: the text goes to a temporary file next to the target,
 * which is then moved into place, so a failure never leaves a half-written report.
 *
 * <p>The temporary file is made inside a private temporary folder rather than with
 * {@code Files.createTempFile}, which creates files readable by their owner only: the report
 * then gets the permissions the user's umask gives any new file, as with a shell redirection.
 */
public final class ReportFile {
    private ReportFile() {
    }

    /** Writes {@code text} (UTF-8) to {@code target}, replacing it; an unwritable place is a {@link UserError}. */
    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} (e.g. a picture) to {@code target}, replacing it; an unwritable place is a {@link UserError}. */
    public static void write(Path target, byte[] bytes) {
        checkWritable(target);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path tempFolder = null;
        UserError failure = null;
        try {
            Files.createDirectories(folder);
            tempFolder = Files.createTempDirectory(folder, "." + absolute.getFileName() + ".");
            Path temp = tempFolder.resolve(absolute.getFileName());
            Files.write(temp, bytes);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            failure = new UserError(target + ": cannot write the report: " + reason(e), e);
        }
        try {
            removeTemporary(tempFolder);
        } catch (IOException e) {
            if (failure == null) {
                failure = new UserError(target + ": written, but its temporary folder " + tempFolder
                        + " could not be removed: " + reason(e), e);
            } else {
                failure.addSuppressed(e);   // the failed write is the error to report; this one travels with it
            }
        }
        if (failure != null) throw failure;
    }

    /**
     * Checks, before any work is done, that a report can be written to {@code target}: it is not
     * a folder and its folder exists or can be created (the nearest existing ancestor is a
     * writable folder). Commands call it first so that a long training does not end in an
     * unwritable output path.
     *
     * @throws UserError naming the path and what is wrong with it
     */
    public static void checkWritable(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new UserError(target + ": cannot write the report: it is a folder (give a file name)");
        }
        if (absolute.getParent() == null) {
            throw new UserError(target + ": not a file path");
        }
        checkFolderWritable(absolute.getParent(), target, "the report");
    }

    /**
     * As {@link #checkWritable(Path)}, and refuses a report path that names one of the command's
     * input files: {@code --out subject.json} would replace the subject with its diagnosis.
     *
     * @param inputs the input files by the option or role that named them (e.g. "--outputs", "SUBJECT")
     */
    public static void checkWritable(Path target, java.util.Map<String, Path> inputs) {
        checkWritable(target);
        Path absolute = target.toAbsolutePath().normalize();
        for (var input : inputs.entrySet()) {
            if (input.getValue() == null) continue;
            Path in = input.getValue().toAbsolutePath().normalize();
            boolean same = in.equals(absolute);
            if (!same && Files.exists(absolute) && Files.exists(in)) {
                try {
                    same = Files.isSameFile(in, absolute);
                } catch (IOException e) {
                    throw new UserError(target + ": cannot compare it with " + input.getValue() + ": " + reason(e), e);
                }
            }
            if (same) {
                throw new UserError(target + ": is the " + input.getKey() + " input; writing the report there would "
                        + "destroy it (give another file)");
            }
        }
    }

    /**
     * Checks that {@code folder} is, or can be created as, a writable folder for output files.
     *
     * @param shown the path as the user gave it, named in the message
     * @param what  what would be written there, e.g. "the telemetry"
     * @throws UserError naming {@code shown}, what could not be written and why
     */
    public static void checkFolderWritable(Path folder, Path shown, String what) {
        Path existing = folder.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return;   // nothing on the path exists yet: creating it will say what fails
        if (!Files.isDirectory(existing)) {
            throw new UserError(shown + ": cannot write " + what + ": " + existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new UserError(shown + ": cannot write " + what + ": folder " + existing + " is not writable");
        }
    }

    /** What went wrong with a file operation, in words; the exception's own message is often only a path. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException f) return "no such file or folder: " + f.getFile();
        if (e instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + " exists and is not a folder";
        if (e instanceof NotDirectoryException f) return f.getFile() + " is not a folder";
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return String.valueOf(e.getMessage());
    }

    private static void removeTemporary(Path tempFolder) throws IOException {
        if (tempFolder == null) return;
        try (var leftovers = Files.list(tempFolder)) {
            for (Path p : (Iterable<Path>) leftovers::iterator) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(tempFolder);
    }
}
