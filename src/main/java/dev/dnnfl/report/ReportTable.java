package dev.dnnfl.report;

import java.util.List;
import java.util.Objects;

/**
 * One table of a report, independent of its format: an anchor for links, a title, a caption
 * saying what the columns mean, the header, the body rows and the summary rows (averages), which
 * Markdown and HTML set apart.
 */
public record ReportTable(String anchor, String title, String caption, List<String> header,
                          List<List<String>> rows, List<List<String>> summary) {
    public ReportTable {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        summary = summary.stream().map(List::copyOf).toList();
        for (List<String> row : rows) checkWidth(row, header.size());
        for (List<String> row : summary) checkWidth(row, header.size());
    }

    private static void checkWidth(List<String> row, int width) {
        if (row.size() != width) {
            throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + width
                    + " columns: " + row);
        }
    }
}
