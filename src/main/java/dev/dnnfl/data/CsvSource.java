package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Samples read from a CSV file with a header row. The label column ({@code label}; by default the
 * last) is the target and the {@code features} columns (by default all others) are the inputs.
 * Labels that are all numbers are used as they are; otherwise every distinct label text becomes
 * a class id, in sorted order. An empty input cell, {@code NA}, {@code NaN} or {@code ?} is a
 * missing value (NaN, reported by the data statistics); any other cell that is not a number is an
 * error naming the file, line and column. Cells may be quoted with {@code "}, but a quoted cell
 * must not span lines.
 */
record CsvSource(Path path, String labelColumn, List<String> featureColumns) {

    /** The samples of the file, labels checked against {@code task}. */
    Samples read(String task) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String[] header;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                throw new UserError(path + ": empty file (expected a header row)");
            }
            header = cells(stripBom(line), 1);
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] row = cells(line, number);
                if (row.length != header.length) {
                    throw UserError.atLine(path.toString(), number, 0, row.length + " cells, but the header has "
                            + header.length);
                }
                rows.add(row);
                lineNumbers.add(number);
            }
        } catch (IOException e) {
            throw IdxFile.unreadable(path, e);
        }
        List<String> names = List.of(header).stream().map(String::trim).toList();
        int label = labelColumn == null || labelColumn.isBlank() ? names.size() - 1 : column(names, labelColumn, "label");
        List<Integer> inputs = new ArrayList<>();
        if (featureColumns.isEmpty()) {
            for (int c = 0; c < names.size(); c++) {
                if (c != label) {
                    inputs.add(c);
                }
            }
        } else {
            for (String name : featureColumns) {
                inputs.add(column(names, name, "features"));
            }
        }
        if (inputs.isEmpty()) {
            throw UserError.atField(null, "/dataset/features", path + " has no input column besides the label '"
                    + names.get(label) + "'");
        }
        int width = inputs.size();
        float[] x = new float[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            for (int j = 0; j < width; j++) {
                int c = inputs.get(j);
                x[r * width + j] = number(rows.get(r)[c], lineNumbers.get(r), names.get(c));
            }
        }
        float[] y = new float[rows.size()];
        int classes = labels(rows, lineNumbers, label, names.get(label), task, y);
        return new Samples(x, y, List.of(width), classes, false);
    }

    private int labels(List<String[]> rows, List<Integer> lines, int label, String name, String task, float[] y) {
        boolean numeric = true;
        for (int r = 0; r < rows.size(); r++) {
            String cell = rows.get(r)[label].trim();
            if (cell.isEmpty()) {
                throw UserError.atLine(path.toString(), lines.get(r), 0, "column '" + name + "': missing label");
            }
            numeric &= parses(cell);
        }
        if (numeric) {
            for (int r = 0; r < rows.size(); r++) {
                y[r] = Float.parseFloat(rows.get(r)[label].trim());
            }
            return Samples.classesOf(y, task, path.toString());
        }
        if ("regression".equals(task)) {
            for (int r = 0; r < rows.size(); r++) {
                number(rows.get(r)[label], lines.get(r), name); // names the first cell that is not a number
            }
        }
        Map<String, Integer> ids = new TreeMap<>();
        for (String text : new TreeSet<>(rows.stream().map(row -> row[label].trim()).toList())) {
            ids.put(text, ids.size());
        }
        for (int r = 0; r < rows.size(); r++) {
            y[r] = ids.get(rows.get(r)[label].trim());
        }
        return ids.size();
    }

    private float number(String cell, int line, String column) {
        String text = cell.trim();
        if (text.isEmpty() || text.equals("?") || text.equalsIgnoreCase("NA") || text.equalsIgnoreCase("nan")) {
            return Float.NaN;
        }
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw UserError.atLine(path.toString(), line, 0, "column '" + column + "': not a number: '" + text + "'");
        }
    }

    private static boolean parses(String text) {
        try {
            Float.parseFloat(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private int column(List<String> names, String name, String field) {
        int c = names.indexOf(name);
        if (c < 0) {
            throw UserError.atField(null, "/dataset/" + field, "no column '" + name + "' in " + path
                    + " (columns: " + String.join(", ", names) + ")");
        }
        return c;
    }

    private String[] cells(String line, int number) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw UserError.atLine(path.toString(), number, 0, "unterminated quoted cell");
        }
        out.add(cell.toString());
        return out.toArray(String[]::new);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
