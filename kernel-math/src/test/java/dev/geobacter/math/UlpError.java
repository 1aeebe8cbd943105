package dev.geobacter.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How far a result is from StrictMath's (fdlibm's, itself within 1 ulp of the true value), in ulps
 * of StrictMath's. Two results that are each within 1 ulp of the truth and below it and above it
 * may differ by up to 2 ulps; the tests measure the largest difference over many inputs.
 */
final class UlpError {
  private UlpError() {}

  /** |actual - expected| in ulps of expected (the larger ulp at a binade boundary is not used). */
  static double of(double actual, double expected) {
    if (Double.isNaN(expected)) return Double.isNaN(actual) ? 0 : Double.POSITIVE_INFINITY;
    if (actual == expected) {
      // Zeros must also agree in sign.
      return Double.doubleToRawLongBits(actual) == Double.doubleToRawLongBits(expected) ? 0 : Double.POSITIVE_INFINITY;
    }
    if (Double.isInfinite(actual) || Double.isInfinite(expected)) return Double.POSITIVE_INFINITY;
    BigDecimal difference = new BigDecimal(actual).subtract(new BigDecimal(expected)).abs();
    return difference.divide(new BigDecimal(Math.ulp(expected)), MathContext.DECIMAL64).doubleValue();
  }
}
