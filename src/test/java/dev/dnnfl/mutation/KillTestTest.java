package dev.dnnfl.mutation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KillTestTest {
    @Test
    void aClearlyWorseMutantIsKilled() {
        // means 0.875 and 0.525, both sample variances 0.0125 / 3, so s = 0.06455 and d = 0.35 / s.
        KillVerdict v = KillTest.deepFd().judge(new double[]{0.9, 0.8, 0.85, 0.95}, new double[]{0.5, 0.6, 0.55, 0.45}, true);
        assertEquals(0.35 / Math.sqrt(0.0125 / 3), v.cohensD(), 1e-9);
        assertEquals(v.cohensD() * Math.sqrt(2), v.z(), 1e-9);        // sqrt(4 * 4 / 8)
        assertEquals(0.0, v.pValue());
        assertTrue(v.killed());
        assertTrue(v.faulty());
        assertEquals(0.35, v.impact(), 1e-12);
    }

    @Test
    void aLargeEffectWithoutSignificanceIsNotKilled() {
        // d = 0.02 / 0.031623 = 0.632 >= 0.5, but z = 1.0 gives p = 0.317.
        KillVerdict v = KillTest.deepFd().judge(new double[]{0.80, 0.82, 0.84, 0.86, 0.88},
                new double[]{0.78, 0.80, 0.82, 0.84, 0.86}, true);
        assertEquals(0.6324555, v.cohensD(), 1e-6);
        assertEquals(0.317, v.pValue());
        assertFalse(v.killed());
    }

    @Test
    void aSmallEffectIsNotKilled() {
        KillVerdict v = KillTest.deepFd().judge(new double[]{1, 2, 3, 4}, new double[]{0.5, 1.5, 2.5, 3.5}, true);
        assertEquals(0.3872983, v.cohensD(), 1e-6);
        assertEquals(0.584, v.pValue());
        assertFalse(v.killed());
    }

    @Test
    void aBetterMutantIsNeverFaulty() {
        KillVerdict v = KillTest.deepFd().judge(new double[]{0.5, 0.6, 0.55, 0.45}, new double[]{0.9, 0.8, 0.85, 0.95}, true);
        assertTrue(v.cohensD() < 0);
        assertFalse(v.killed());
        assertFalse(v.faulty());
    }

    @Test
    void forALossAHigherMutantValueIsWorse() {
        KillVerdict v = KillTest.deepFd().judge(new double[]{0.5, 0.6, 0.55, 0.45}, new double[]{0.9, 0.8, 0.85, 0.95}, false);
        assertTrue(v.faulty());
    }

    @Test
    void withoutSpreadAMutantIsKilledWhenItsMeanIsLower() {
        assertTrue(KillTest.deepFd().judge(new double[]{0.9, 0.9}, new double[]{0.5, 0.5}, true).faulty());
        assertFalse(KillTest.deepFd().judge(new double[]{0.9, 0.9}, new double[]{0.9, 0.9}, true).killed());
    }
}
