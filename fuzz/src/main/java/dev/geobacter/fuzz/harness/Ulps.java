package dev.geobacter.fuzz.harness;

/**
 * Equality of results Java only bounds in ulps (e.g. {@code Math.sin}: within 1 ulp of the exact
 * value). Two conforming implementations may each be off by the bound in opposite directions, so
 * they may differ by twice the bound, measured in the larger of the two results' ulps (which
 * covers a pair straddling a power of two). Special values must agree exactly: NaN with NaN (any
 * payload), an infinity with the same infinity (or with the largest finite value of its sign, one
 * rounding away), a zero with a zero of the same sign.
 */
public final class Ulps {
  private Ulps() {}

  public static boolean close(double expected, double actual, double boundUlps) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) return Double.isNaN(expected) && Double.isNaN(actual);
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      return expected == actual || nextToInfinity(expected, actual) || nextToInfinity(actual, expected);
    }
    if (expected == 0 || actual == 0) {
      if (expected == 0 && actual == 0) return Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual);
    }
    double allowed = 2 * boundUlps * Math.max(Math.ulp(expected), Math.ulp(actual));
    return Math.abs(expected - actual) <= allowed;
  }

  /** How many of the larger ulps apart {@code a} and {@code b} are (for reports). */
  public static double distance(double a, double b) {
    if (a == b) return 0;
    return Math.abs(a - b) / Math.max(Math.ulp(a), Math.ulp(b));
  }

  private static boolean nextToInfinity(double infinite, double finite) {
    return Double.isInfinite(infinite) && Math.abs(finite) == Double.MAX_VALUE
        && Math.signum(infinite) == Math.signum(finite);
  }
}
