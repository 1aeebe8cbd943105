package dev.geobacter.math;

/**
 * Payne and Hanek's reduction of any finite {@code |x| >= 2^24} to {@code x - n*pi/2} in
 * [-pi/4, pi/4], exactly enough for every double (the closest a double comes to a multiple of
 * pi/2 is about 2^-61): {@code |x| = m * 2^k} with a 53-bit integer {@code m} is multiplied by the
 * 192 bits of 2/pi that matter for it (earlier bits give multiples of 4, which do not change the
 * angle), in 64-bit integer words. The product has its binary point at bit 190; the two bits above
 * are the quadrant, the 128 below the fraction of a quarter turn.
 *
 * <p>Each function recomputes the product (a slow path; inlining lets the compiler share it), so
 * that every result is one primitive.
 */
final class LargeReduction {
  private static final long LOW_32 = 0xffffffffL;
  private static final double PIO2_1 = 1.5707963267948966;
  private static final double PIO2_2 = 6.123233995736766e-17;

  private LargeReduction() {}

  /** The quadrant {@code n mod 4} of finite {@code x}, {@code |x| >= 2^24}. */
  static int quadrant(double x) {
    double t = Math.abs(x);
    long top = productWord2(t);
    // The fraction rounds up to the next quarter turn when its first bit is set.
    int n = (int) (top >>> 62) + (int) (fractionHigh(t) >>> 63);
    return (x < 0 ? -n : n) & 3;
  }

  /** The high part of {@code x - n*pi/2}. */
  static double high(double x) {
    double t = Math.abs(x);
    long fHigh = fractionHigh(t);
    long fLow = fractionLow(t);
    double product = quarterTurnsHigh(fHigh, fLow) * PIO2_1;
    double y = product + radiansTail(fHigh, fLow);
    return x < 0 ? -y : y;
  }

  /** The low part of {@code x - n*pi/2}: what {@link #high} rounded away. */
  static double low(double x) {
    double t = Math.abs(x);
    long fHigh = fractionHigh(t);
    long fLow = fractionLow(t);
    double product = quarterTurnsHigh(fHigh, fLow) * PIO2_1;
    double tail = radiansTail(fHigh, fLow);
    double y = tail - ((product + tail) - product);
    return x < 0 ? -y : y;
  }

  /** The rounding error of {@code quarterTurnsHigh * PIO2_1} plus the smaller terms of f * pi/2. */
  private static double radiansTail(long fHigh, long fLow) {
    double high = quarterTurnsHigh(fHigh, fLow);
    double product = high * PIO2_1;
    return Math.fma(high, PIO2_1, -product) + (high * PIO2_2 + quarterTurnsLow(fHigh, fLow) * PIO2_1);
  }

  /**
   * The signed fraction {@code (fHigh:fLow) / 2^128} of a quarter turn (two's complement, in
   * [-1/2, 1/2)), rounded to 53 bits.
   */
  private static double quarterTurnsHigh(long fHigh, long fLow) {
    long aHigh = magnitudeHigh(fHigh, fLow);
    long aLow = magnitudeLow(fHigh, fLow);
    int shift = Long.numberOfLeadingZeros(aHigh);
    long normalized = (aHigh << shift) | ((aLow >>> 1) >>> (63 - shift));
    double value = (double) (normalized >>> 11) * scale(shift);
    return fHigh < 0 ? -value : value;
  }

  /** The next 53 bits of the fraction after {@link #quarterTurnsHigh}. */
  private static double quarterTurnsLow(long fHigh, long fLow) {
    long aHigh = magnitudeHigh(fHigh, fLow);
    long aLow = magnitudeLow(fHigh, fLow);
    int shift = Long.numberOfLeadingZeros(aHigh);
    long normalizedHigh = (aHigh << shift) | ((aLow >>> 1) >>> (63 - shift));
    long normalizedLow = aLow << shift;
    long next = ((normalizedHigh & 0x7ffL) << 42) | (normalizedLow >>> 22);
    double value = (double) next * scale(shift) * 0x1p-53;
    return fHigh < 0 ? -value : value;
  }

  /** {@code 2^(-53 - shift)}: the weight of the top 53 bits after normalizing by {@code shift}. */
  private static double scale(int shift) {
    return Double.longBitsToDouble((long) (1023 - 53 - shift) << 52);
  }

  private static long magnitudeHigh(long fHigh, long fLow) {
    return fHigh < 0 ? ~fHigh + (fLow == 0 ? 1 : 0) : fHigh;
  }

  private static long magnitudeLow(long fHigh, long fLow) {
    return fHigh < 0 ? -fLow : fLow;
  }

  /** Bits 189..126 of the product: the first 64 bits of the fraction. */
  private static long fractionHigh(double t) {
    return (productWord2(t) << 2) | (productWord1(t) >>> 62);
  }

  /** Bits 125..62 of the product. */
  private static long fractionLow(double t) {
    return (productWord1(t) << 2) | (productWord0(t) >>> 62);
  }

  /** Bits 191..128 of {@code m} times the 192-bit window of 2/pi. */
  private static long productWord2(double t) {
    long m = significand(t);
    long low1 = m * window(t, 1);
    long word1 = multiplyHighUnsigned(m, window(t, 2)) + low1;
    long carry = Long.compareUnsigned(word1, low1) < 0 ? 1 : 0;
    return multiplyHighUnsigned(m, window(t, 1)) + m * window(t, 0) + carry;
  }

  /** Bits 127..64 of the product. */
  private static long productWord1(double t) {
    long m = significand(t);
    return multiplyHighUnsigned(m, window(t, 2)) + m * window(t, 1);
  }

  /** Bits 63..0 of the product. */
  private static long productWord0(double t) {
    return significand(t) * window(t, 2);
  }

  /**
   * Word {@code i} (0 the most significant) of the 192 bits of 2/pi that start after bit
   * {@code k - 2}, where {@code t = m * 2^k}: so that the product's binary point is at bit 190.
   */
  private static long window(double t, int i) {
    int k = (int) (Double.doubleToRawLongBits(t) >>> 52) - 1075;
    return TwoOverPiBits.bitsAfter(k - 2 + 64 * i);
  }

  /** The 53-bit integer significand of a normal positive {@code t}. */
  private static long significand(double t) {
    return (Double.doubleToRawLongBits(t) & 0xfffffffffffffL) | 0x10000000000000L;
  }

  /** The high 64 bits of the unsigned 128-bit product {@code a * b}. */
  static long multiplyHighUnsigned(long a, long b) {
    long aLow = a & LOW_32;
    long aHigh = a >>> 32;
    long bLow = b & LOW_32;
    long bHigh = b >>> 32;
    long lowLow = aLow * bLow;
    long lowHigh = aLow * bHigh;
    long highLow = aHigh * bLow;
    long middle = (lowLow >>> 32) + (lowHigh & LOW_32) + (highLow & LOW_32);
    return aHigh * bHigh + (lowHigh >>> 32) + (highLow >>> 32) + (middle >>> 32);
  }
}
