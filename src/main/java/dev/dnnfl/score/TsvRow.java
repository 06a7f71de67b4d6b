package dev.dnnfl.score;

import dev.dnnfl.spec.FaultList;
import dev.dnnfl.spec.UserError;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One data line of a scorer file: its file name, 1-based line number and tab-separated cells
 * (trimmed). Blank lines and lines starting with {@code #} are not rows.
 */
record TsvRow(String file, int line, List<String> cells) {
    TsvRow {
        cells = List.copyOf(cells);
    }

    /** The rows of a UTF-8 file; a missing or unreadable file is a {@link UserError}. */
    static List<TsvRow> read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw UserError.missingFile(path, "no such file");
        } catch (CharacterCodingException e) {
            throw UserError.missingFile(path, "not a UTF-8 text file");
        } catch (IOException e) {
            throw UserError.missingFile(path, "cannot read file (" + e.getMessage() + ")");
        }
        return parse(path.toString(), lines);
    }

    /** The rows of the given lines of a file named {@code file}. */
    static List<TsvRow> parse(String file, List<String> lines) {
        List<TsvRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (i == 0 && text.startsWith("\uFEFF")) text = text.substring(1); // a BOM from spreadsheet exports
            if (text.isBlank() || text.stripLeading().startsWith("#")) continue;
            List<String> cells = Arrays.stream(text.split("\t", -1)).map(String::trim).toList();
            rows.add(new TsvRow(file, i + 1, cells));
        }
        return rows;
    }

    /** An error at this row: {@code file:line: what}. */
    UserError error(String what) {
        return UserError.atLine(file, line, 0, what);
    }

    /** The cell at a 0-based column. */
    String cell(int column) {
        return cells.get(column);
    }

    /** The last cell. */
    String last() {
        return cells.get(cells.size() - 1);
    }

    /** The fault list of a cell, or an error naming this row and the column. */
    FaultList faults(int column, String columnName) {
        String text = cells.get(column);
        try {
            return FaultList.parse(text);
        } catch (UserError | IllegalArgumentException e) {
            throw error(columnName + ": " + e.getMessage());
        }
    }
}
