package dev.dnnfl.report;

import dev.dnnfl.benchmark.BenchmarkTables;
import dev.dnnfl.benchmark.StudyFigures;
import dev.dnnfl.score.Score;
import dev.dnnfl.score.SubjectGroup;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The study's figure 2 for a benchmark run: each tool's mean time per run (seconds, log scale)
 * against its mean F3, dnnfl's tools as filled circles and, when the study's times are known,
 * the study's tools as open squares. Every point is labelled with its tool.
 */
public final class TimeVersusF3Chart {
    /** Width and height of the picture in pixels. */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 520;
    // a tool that took no measurable time still needs a place on a log axis
    private static final double MIN_SECONDS = 0.01;

    private TimeVersusF3Chart() {
    }

    /** A labelled point of the chart. */
    record Point(String label, double seconds, double f3) {
    }

    /** dnnfl's points: every tool with a time and an F3. */
    static List<Point> dnnflPoints(BenchmarkTables tables) {
        List<Point> points = new ArrayList<>();
        for (String tool : tables.results().tools()) {
            OptionalDouble s = tables.meanSeconds(tool, false);
            OptionalDouble f = tables.meanF3(tool);
            if (s.isPresent() && f.isPresent()) points.add(new Point(tool, s.getAsDouble(), f.getAsDouble()));
        }
        return points;
    }

    /** The study's points: every tool with a time (table 12, T.A.) and an F3 (table 10 or 8, T.A.). */
    static List<Point> studyPoints(BenchmarkTables tables) {
        List<Point> points = new ArrayList<>();
        if (tables.study().isEmpty()) return points;
        StudyFigures study = tables.study().get();
        for (String tool : study.tools()) {
            OptionalDouble s = study.meanSeconds(tool);
            Score f = study.averages(tool, tables.figureAfterNeutrality()).get(SubjectGroup.ALL);
            if (s.isPresent() && f != null) points.add(new Point(tool + " (study)", s.getAsDouble(), f.f3()));
        }
        return points;
    }

    /** The chart as a PNG picture. */
    public static byte[] png(BenchmarkTables tables) {
        JFreeChart chart = chart(tables);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render figure 2 as PNG", e);
        }
        return out.toByteArray();
    }

    static JFreeChart chart(BenchmarkTables tables) {
        List<List<Point>> groups = List.of(dnnflPoints(tables), studyPoints(tables));
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries dnnfl = new XYSeries("dnnfl", false, true);
        groups.get(0).forEach(p -> dnnfl.add(Math.max(MIN_SECONDS, p.seconds()), p.f3()));
        data.addSeries(dnnfl);
        if (!groups.get(1).isEmpty()) {
            XYSeries study = new XYSeries("study (tables 10/8 and 12)", false, true);
            groups.get(1).forEach(p -> study.add(Math.max(MIN_SECONDS, p.seconds()), p.f3()));
            data.addSeries(study);
        }
        LogAxis x = new LogAxis("mean time of a run (seconds, log scale)");
        x.setSmallestValue(MIN_SECONDS);
        // plain decimal seconds on the ticks rather than powers of ten
        x.setNumberFormatOverride(new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        NumberAxis y = new NumberAxis("mean F3" + (tables.figureAfterNeutrality() ? " after neutrality analysis" : ""));
        y.setRange(0, 1.05);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(1, new Color(0xd6, 0x27, 0x28));
        renderer.setSeriesShapesFilled(1, false);
        renderer.setSeriesOutlineStroke(1, new BasicStroke(1.5f));
        renderer.setUseOutlinePaint(false);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> groups.get(series).get(item).label());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        // the study's labels go below their points so that a tool's two points stay readable
        renderer.setSeriesPositiveItemLabelPosition(1,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("F3 against time per tool (the study's figure 2)",
                new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
