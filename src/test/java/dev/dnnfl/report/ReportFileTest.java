package dev.dnnfl.report;

import dev.dnnfl.spec.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFileTest {
    @TempDir
    Path dir;

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aReportReplacesTheOldOneAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = Files.writeString(dir.resolve("report.txt"), "old");
        ReportFile.write(target, "new report\n");
        assertEquals("new report\n", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void missingFoldersOnTheWayAreCreated() throws IOException {
        Path target = dir.resolve("a/b/report.json");
        ReportFile.write(target, "{}");
        assertEquals("{}", Files.readString(target));
        assertEquals(List.of(target), filesIn(target.getParent()));
    }

    @Test
    void aReportGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");   // as a shell redirection would make it
        Path report = dir.resolve("report.txt");
        ReportFile.write(report, "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(report));
    }

    @Test
    void aFailedWriteLeavesTheFolderAsItWas() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "keep me");
        Path existing = Files.writeString(dir.resolve("kept.txt"), "kept");
        UserError e = assertThrows(UserError.class, () -> ReportFile.write(blocker.resolve("x/report.txt"), "lost"));
        assertTrue(e.getMessage().startsWith(blocker.resolve("x/report.txt") + ": "), e.getMessage());
        assertEquals(List.of(blocker, existing), filesIn(dir));
        assertEquals("keep me", Files.readString(blocker));
    }

    @Test
    void aFolderIsNotAReportPath() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        UserError e = assertThrows(UserError.class, () -> ReportFile.write(folder, "x"));
        assertEquals(folder + ": cannot write the report: it is a folder (give a file name)", e.getMessage());
        assertEquals(List.of(), filesIn(folder));
        assertEquals(List.of(folder), filesIn(dir));
    }
}
