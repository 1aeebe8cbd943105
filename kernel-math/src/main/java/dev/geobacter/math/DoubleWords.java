package dev.geobacter.math;

/** The 32-bit halves of a double's bits, as fdlibm-style range tests use them. */
final class DoubleWords {
  private DoubleWords() {}

  /** The high word without the sign bit: orders non-negative magnitudes like the doubles themselves. */
  static int magnitudeHigh(double x) {
    return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
  }

  /** The low word: with {@link #magnitudeHigh} it tells 1.0 from 1.0 + ulp. */
  static int low(double x) {
    return (int) Double.doubleToRawLongBits(x);
  }

  /** {@code x} with its 32 low significand bits cleared: a value whose square is exact. */
  static double withLowWordCleared(double x) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
  }
}
