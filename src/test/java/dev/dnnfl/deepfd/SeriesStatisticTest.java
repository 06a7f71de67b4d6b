package dev.dnnfl.deepfd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesStatisticTest {
    // x = 1, 2, 4, 8: mean 15/4; deviations -2.75, -1.75, 0.25, 4.25; S2 = 28.75; S3 = 50.625.
    private static final double[] X = {1, 2, 4, 8};

    @Test
    void statisticsOfATinySeriesMatchTheHandWorkedPandasValues() {
        assertEquals(3.75, SeriesStatistic.MEAN.of(X), 1e-12);
        assertEquals(28.75 / 3, SeriesStatistic.VAR.of(X), 1e-12);                  // ddof = 1
        assertEquals(Math.sqrt(28.75 / 3), SeriesStatistic.STD.of(X), 1e-12);
        assertEquals(Math.sqrt(28.75 / 3) / 2, SeriesStatistic.SEM.of(X), 1e-12);    // std / sqrt(4)
        assertEquals(3.0, SeriesStatistic.MEDIAN.of(X), 1e-12);                      // (2 + 4) / 2
        // G1 = n * sqrt(n - 1) / (n - 2) * S3 / S2^1.5
        assertEquals(4 * Math.sqrt(3) / 2 * 50.625 / Math.pow(28.75, 1.5), SeriesStatistic.SKEW.of(X), 1e-12);
        assertEquals(1.1376243669576889, SeriesStatistic.SKEW.of(X), 1e-12);         // scipy skew(bias=False)
        assertEquals(8.0, SeriesStatistic.MAX.of(X));
        assertEquals(1.0, SeriesStatistic.MIN.of(X));
    }

    @Test
    void tooShortSeriesGiveNaNAsPandasDoes() {
        double[] one = {5};
        assertTrue(Double.isNaN(SeriesStatistic.STD.of(one)));
        assertTrue(Double.isNaN(SeriesStatistic.VAR.of(one)));
        assertTrue(Double.isNaN(SeriesStatistic.SEM.of(one)));
        assertTrue(Double.isNaN(SeriesStatistic.SKEW.of(new double[]{1, 2})));
        assertEquals(5.0, SeriesStatistic.MEDIAN.of(one));
        assertTrue(Double.isNaN(SeriesStatistic.MEAN.of(new double[0])));
    }

    @Test
    void aConstantSeriesHasZeroSkew() {
        assertEquals(0.0, SeriesStatistic.SKEW.of(new double[]{3, 3, 3, 3}));
    }
}
