package dev.geobacter.math;

/**
 * {@code Math.sin}, {@code cos} and {@code tan} for devices without a math library, as kernel code:
 * the argument is reduced to {@code y = x - n*pi/2} in [-pi/4, pi/4] (a double-double) and the
 * quadrant {@code n mod 4} picks the polynomial and the sign. Within 1 ulp, with {@code Math}'s
 * special cases: NaN and infinities give NaN, a zero keeps its sign (sin, tan).
 */
public final class Trigonometry {
  private static final double QUARTER_PI = 0.7853981633974483;
  /** Below this, sin x and tan x round to x and cos x to 1. */
  private static final double TINY = 0x1p-27;

  private Trigonometry() {}

  public static double sin(double x) {
    if (Math.abs(x) < TINY) return x;
    return sinAfterQuarterTurns(x, 0);
  }

  public static double cos(double x) {
    if (Math.abs(x) < TINY) return 1.0;
    return sinAfterQuarterTurns(x, 1); // cos x = sin(x + pi/2)
  }

  /**
   * {@code sin(x + turns * pi/2)} for |x| at least {@link #TINY}: one reduction serves sine and
   * cosine, which differ only in the quadrant that picks the polynomial and the sign.
   */
  private static double sinAfterQuarterTurns(double x, int turns) {
    double t = Math.abs(x);
    int quadrant;
    double high;
    double low;
    if (t <= QUARTER_PI) {
      quadrant = 0;
      high = x;
      low = 0.0;
    } else if (t < QuadrantReduction.LIMIT) {
      double n = QuadrantReduction.quarterTurns(x);
      quadrant = (int) n & 3;
      high = QuadrantReduction.high(x, n);
      low = QuadrantReduction.low(x, n);
    } else if (t <= Double.MAX_VALUE) {
      quadrant = LargeReduction.quadrant(x);
      high = LargeReduction.high(x);
      low = LargeReduction.low(x);
    } else {
      return x - x; // NaN for NaN and the infinities
    }
    switch ((quadrant + turns) & 3) {
      case 0:
        return SinCosPolynomials.sin(high, low);
      case 1:
        return SinCosPolynomials.cos(high, low);
      case 2:
        return -SinCosPolynomials.sin(high, low);
      default:
        return -SinCosPolynomials.cos(high, low);
    }
  }

  public static double tan(double x) {
    double t = Math.abs(x);
    if (t <= QUARTER_PI) {
      if (t < TINY) return x;
      return TanPolynomial.tan(x, 0.0, 1);
    }
    if (t < QuadrantReduction.LIMIT) {
      double n = QuadrantReduction.quarterTurns(x);
      // Odd quadrants: tan(y + pi/2) = -1/tan(y).
      int sign = 1 - (((int) n & 1) << 1);
      return TanPolynomial.tan(QuadrantReduction.high(x, n), QuadrantReduction.low(x, n), sign);
    }
    if (t <= Double.MAX_VALUE) {
      int sign = 1 - ((LargeReduction.quadrant(x) & 1) << 1);
      return TanPolynomial.tan(LargeReduction.high(x), LargeReduction.low(x), sign);
    }
    return x - x;
  }
}
