package dev.dnnfl.report;

import dev.dnnfl.benchmark.BenchmarkResults;
import dev.dnnfl.benchmark.BenchmarkTables;
import dev.dnnfl.benchmark.ResultsFolder;
import dev.dnnfl.benchmark.StudyFigures;
import dev.dnnfl.benchmark.StudyResults;
import dev.dnnfl.score.Score;
import dev.dnnfl.score.ScoringRules;
import dev.dnnfl.score.SubjectGroup;
import dev.dnnfl.score.SubjectScore;
import dev.dnnfl.score.ToolScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark report built from the study's own outputs and its table 12 times as fake timings. */
class BenchmarkReportTest {
    private static Path reference(String name) {
        try {
            return Path.of(BenchmarkReportTest.class.getResource("/reference/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BenchmarkTables tables(String alternatives) {
        BenchmarkResults results = StudyResults.of(alternatives);
        StudyFigures study = StudyFigures.read(reference("scores-study.tsv"), reference("times-study.tsv"));
        return BenchmarkTables.of(results, ScoringRules.plain(), Optional.of(study), "test", Instant.EPOCH);
    }

    private static String n2(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    private static ReportTable table(List<ReportTable> tables, String anchor) {
        return tables.stream().filter(t -> t.anchor().equals(anchor)).findFirst().orElseThrow();
    }

    @Test
    void table8RowsAreTheScorersScoresAndItsAveragesTheirMeans() {
        BenchmarkTables t = tables(null);
        ReportTable table8 = table(BenchmarkReport.tables(t), "table-8");
        assertEquals(22, table8.rows().size());
        for (List<String> row : table8.rows()) {
            for (ToolScore tool : t.before().tools()) {
                int column = table8.header().indexOf(tool.tool() + " RC");
                Score s = tool.subject(row.get(0)).flatMap(SubjectScore::score).orElseThrow();
                assertEquals(List.of(n2(s.rc()), n2(s.pr()), n2(s.f3())), row.subList(column, column + 3),
                        row.get(0) + " " + tool.tool());
            }
        }
        // T.A. is the plain mean of the 22 per-subject F3s
        ToolScore dfd = t.before().tool("DFD").orElseThrow();
        double meanF3 = dfd.subjects().stream().mapToDouble(s -> s.score().orElseThrow().f3()).sum() / 22;
        List<String> ta = table8.summary().get(2);
        assertEquals("T.A.", ta.get(0));
        assertEquals(n2(meanF3), ta.get(table8.header().indexOf("DFD F3")));
        assertEquals(n2(dfd.averages().get(SubjectGroup.REAL).rc()), table8.summary().get(1).get(3));
    }

    @Test
    void localisationTablesShowTheMatchesAndTheStudysAverageCounts() {
        ReportTable dfd = table(BenchmarkReport.tables(tables(null)), "localisations-DFD");
        List<String> d3 = dfd.rows().stream().filter(r -> r.get(0).equals("D3")).findFirst().orElseThrow();
        assertEquals(List.of("D3", "R", "OCH, LCH, ACH(0,1), HNE, HBS", "5", "1, 0, 0, 0, 0", "1", "OCH, HLR"),
                d3.subList(0, 7));
        // the study's table 4: #M averages 0.3 (A), 0.7 (R), 0.5 (T.A.)
        assertEquals(List.of("0.31", "0.67", "0.45"), dfd.summary().stream().map(r -> r.get(5)).toList());
    }

    @Test
    void everyTableHasTheCombinedToolAndNeutralityTablesAppearWithAlternatives() {
        List<ReportTable> without = BenchmarkReport.tables(tables(null));
        List<ReportTable> with = BenchmarkReport.tables(tables("alternatives.tsv"));
        assertTrue(without.stream().noneMatch(t -> t.anchor().equals("table-10")));
        ReportTable table10 = table(with, "table-10");
        assertTrue(table10.header().contains("combined F3"));
        assertTrue(table(with, "localisations-combined").rows().size() == 22);
        assertEquals(6, table(with, "table-11").rows().size(), "A, R, all before and after");
        assertTrue(table(with, "table-12").header().contains("combined s"));
    }

    @Test
    void table12PutsTheStudysTimesNextToDnnflsAndAveragesOverCommonSubjects() {
        ReportTable t12 = table(BenchmarkReport.tables(tables(null)), "table-12");
        int dd = t12.header().indexOf("DD s");
        assertEquals("DD s (study)", t12.header().get(dd + 1));
        assertEquals(List.of("Avg.", "T.A."), t12.summary().stream().map(r -> r.get(0)).toList());
        assertEquals("6.18", t12.summary().get(0).get(dd));
        assertEquals("13.73", t12.summary().get(1).get(dd + 1));
        List<String> d9 = t12.rows().stream().filter(r -> r.get(0).equals("D9")).findFirst().orElseThrow();
        assertEquals("N/A", d9.get(dd));
    }

    @Test
    void theSideBySideTableGivesTheStudysMeansFromItsOwnScores() {
        ReportTable side = table(BenchmarkReport.tables(tables("alternatives.tsv")), "side-by-side");
        List<String> dfdAfterAll = side.rows().stream()
                .filter(r -> r.get(0).equals("DFD") && r.get(1).equals("after") && r.get(2).equals("all"))
                .findFirst().orElseThrow();
        // the study's Table 10 T.A. for DeepFD: 0.606 / 0.371 / 0.551 (reference README)
        assertEquals(List.of("0.606", "0.371", "0.551"), dfdAfterAll.subList(6, 9));
        // dnnfl's own: the plain rules on alternatives.tsv give DFD 0.576 / 0.366 / 0.532 (readme-score)
        assertEquals(List.of("0.576", "0.366", "0.532"), dfdAfterAll.subList(3, 6));
    }

    @Test
    void theFolderGetsEveryFileAValidPictureAndAPageWithEveryTable(@TempDir Path dir) throws IOException {
        BenchmarkTables t = tables("alternatives.tsv");
        List<Path> written = BenchmarkReport.write(dir, t);
        for (String name : ResultsFolder.FILES) assertTrue(Files.isRegularFile(dir.resolve(name)), name);
        BufferedImage png = ImageIO.read(dir.resolve(BenchmarkReport.FIGURE).toFile());
        assertNotNull(png, "the figure is a readable PNG");
        assertEquals(TimeVersusF3Chart.WIDTH, png.getWidth());
        String html = Files.readString(dir.resolve(BenchmarkReport.HTML));
        String md = Files.readString(dir.resolve(BenchmarkReport.MARKDOWN));
        List<ReportTable> tables = BenchmarkReport.tables(t);
        for (ReportTable table : tables) {
            assertTrue(html.contains("<h2 id=\"" + table.anchor() + "\">"), table.anchor());
            assertTrue(md.contains("## " + table.title()), table.title());
        }
        assertEquals(tables.size(), html.split("<table>", -1).length - 1);
        assertTrue(html.contains("src=\"data:image/png;base64,"), "the picture is embedded");
        assertTrue(md.contains("](" + BenchmarkReport.FIGURE + ")"), "the Markdown links the picture");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        assertEquals(ResultsFolder.FILES.size() + 3, written.size());
    }

    @Test
    void theSummaryListsEveryToolWithItsMeans() {
        String summary = BenchmarkReport.summary(tables(null));
        assertTrue(summary.contains("DFD       0.305 / 0.186 / 0.272"), summary);
        assertTrue(summary.lines().anyMatch(l -> l.startsWith("combined ")), summary);
    }
}
