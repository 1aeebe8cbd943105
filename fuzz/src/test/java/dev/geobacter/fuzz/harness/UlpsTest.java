package dev.geobacter.fuzz.harness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UlpsTest {
  @Test
  void resultsWithinTwiceTheBoundAgree() {
    double x = Math.sin(1.0);
    assertTrue(Ulps.close(x, x, 1));
    assertTrue(Ulps.close(x, Math.nextUp(x), 1));
    assertTrue(Ulps.close(x, Math.nextUp(Math.nextUp(x)), 1));
    assertFalse(Ulps.close(x, Math.nextUp(Math.nextUp(Math.nextUp(x))), 1));
    assertTrue(Ulps.close(x, x + 5 * Math.ulp(x), 2.5));
    assertFalse(Ulps.close(x, x + 6 * Math.ulp(x), 2.5));
  }

  @Test
  void aFloatPrecisionResultDoesNotPassForADoubleOne() {
    double exact = Math.exp(0.3);
    assertFalse(Ulps.close(exact, (float) exact, 1));
  }

  @Test
  void straddlingAPowerOfTwoIsMeasuredInTheLargerUlp() {
    assertTrue(Ulps.close(Math.nextDown(1.0), Math.nextUp(1.0), 1));
  }

  @Test
  void specialValuesMustMatchExactly() {
    assertTrue(Ulps.close(Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L), 1));
    assertFalse(Ulps.close(Double.NaN, 0.0, 1));
    assertFalse(Ulps.close(Double.POSITIVE_INFINITY, 1e308, 1));
    assertTrue(Ulps.close(Double.POSITIVE_INFINITY, Double.MAX_VALUE, 1));
    assertFalse(Ulps.close(Double.POSITIVE_INFINITY, -Double.MAX_VALUE, 1));
    assertFalse(Ulps.close(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1));
    assertFalse(Ulps.close(-0.0, 0.0, 1));
    assertTrue(Ulps.close(-0.0, -0.0, 1));
    assertTrue(Ulps.close(0.0, Double.MIN_VALUE, 1));
  }
}
