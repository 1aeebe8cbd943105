package dev.geobacter.math;

/**
 * Reduction of a moderate argument ({@code |x| < 2^24}) to {@code x - n*pi/2} in [-pi/4, pi/4]
 * (about), as a double-double {@code high + low}: Cody and Waite's method with pi/2 split into
 * three doubles, the first product exact through a fused multiply-add. Straight-line code; the
 * three functions share their work once inlined.
 */
final class QuadrantReduction {
  /** Below this magnitude the three-part pi/2 leaves at least 70 correct bits of the remainder. */
  static final double LIMIT = 0x1p24;

  private static final double TWO_OVER_PI = 0.6366197723675814;
  // pi/2 = PIO2_1 + PIO2_2 + PIO2_3 + O(2^-160), each the double nearest to what is left.
  private static final double PIO2_1 = 1.5707963267948966;
  private static final double PIO2_2 = 6.123233995736766e-17;
  private static final double PIO2_3 = -1.4973849048591698e-33;

  private QuadrantReduction() {}

  /** The nearest multiple of pi/2 to {@code x}, as a count of quarter turns. */
  static double quarterTurns(double x) {
    return Math.rint(x * TWO_OVER_PI);
  }

  /** The high part of {@code x - n*pi/2}. */
  static double high(double x, double n) {
    return head(x, n) + tail(x, n);
  }

  /** The low part of {@code x - n*pi/2}: what {@link #high} rounded away. */
  static double low(double x, double n) {
    double head = head(x, n);
    double tail = tail(x, n);
    return tail - ((head + tail) - head);
  }

  /** {@code (x - n*PIO2_1) - n*PIO2_2} rounded, of which {@link #tail} is the rest. */
  private static double head(double x, double n) {
    // Exact: x and n*PIO2_1 have no bits below 2^-53 and their difference is below 1.
    double first = Math.fma(-n, PIO2_1, x);
    return first - n * PIO2_2;
  }

  private static double tail(double x, double n) {
    double first = Math.fma(-n, PIO2_1, x);
    double product = n * PIO2_2;
    double productError = Math.fma(n, PIO2_2, -product);
    double difference = first - product;
    // Knuth's two-sum: the rounding error of first - product, exactly, whichever is larger.
    double virtualNegProduct = difference - first;
    double virtualFirst = difference - virtualNegProduct;
    double differenceError = (first - virtualFirst) + (-product - virtualNegProduct);
    return differenceError - productError - n * PIO2_3;
  }
}
