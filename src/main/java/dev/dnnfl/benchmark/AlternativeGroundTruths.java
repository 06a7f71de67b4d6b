package dev.dnnfl.benchmark;

import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Alternative ground truths found by neutrality analysis, as the benchmark reads them: files in
 * the scorer's format (the subject id first, the faults last, any columns between ignored), a
 * single file or every {@code *.tsv} file under a folder whose name contains
 * {@code alternatives} (what {@code dnnfl neutrality --out DIR} writes per subject).
 */
public final class AlternativeGroundTruths {
    private AlternativeGroundTruths() {
    }

    /** The alternatives of a file or a folder, by subject id, in file and line order. */
    public static Map<String, List<FaultList>> read(Path fileOrFolder) {
        List<Path> files;
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> s = Files.walk(fileOrFolder)) {
                files = s.filter(Files::isRegularFile).filter(p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".tsv") && name.contains("alternatives");
                }).sorted().toList();
            } catch (IOException e) {
                throw UserError.missingFile(fileOrFolder, "cannot list the alternatives folder (" + e.getMessage() + ")");
            }
        } else if (Files.isRegularFile(fileOrFolder)) {
            files = List.of(fileOrFolder);
        } else {
            throw UserError.missingFile(fileOrFolder, "no such alternatives file or folder");
        }
        Map<String, List<FaultList>> alternatives = new LinkedHashMap<>();
        for (Path file : files) readFile(file, alternatives);
        return alternatives;
    }

    private static void readFile(Path file, Map<String, List<FaultList>> into) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.missingFile(file, "cannot read file (" + e.getMessage() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length < 2) {
                throw UserError.atLine(file.toString(), i + 1, 0,
                        "expected at least 2 tab-separated columns: the subject id first, the faults last");
            }
            String id = cells[0].trim();
            if (id.equals("id") || id.equals("subject")) continue; // a header line
            FaultList faults;
            try {
                faults = FaultList.parse(cells[cells.length - 1]);
            } catch (UserError e) {
                throw UserError.atLine(file.toString(), i + 1, 0, "faults (last column): " + e.getMessage());
            }
            if (faults.isEmpty() || faults.notApplicable()
                    || faults.groups().stream().anyMatch(g -> g.readings().size() > 1)) {
                throw UserError.atLine(file.toString(), i + 1, 0, "faults (last column): an alternative ground truth"
                        + " needs at least one fault and no '|', found '" + cells[cells.length - 1].trim() + "'");
            }
            into.computeIfAbsent(id, k -> new ArrayList<>()).add(faults);
        }
    }
}
