package dev.geobacter.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Slow reference values with about 45 significant digits (BigDecimal series), and the error of a double against
 * them in ulps of the double result.
 */
final class ExactReference {
  private static final MathContext MC = new MathContext(60);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal TINY = new BigDecimal("1e-64");
  static final BigDecimal LN2 = atanh(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)).multiply(TWO);
  static final BigDecimal LN10 = ln(BigDecimal.TEN);

  private ExactReference() {}

  /** |computed - exact| in ulps of the exact value (the ulp of its binade; subnormal ulps below 2^-1022). */
  static double ulpError(double computed, BigDecimal exact) {
    double truncated = exact.doubleValue();
    if (new BigDecimal(truncated).abs().compareTo(exact.abs()) > 0) {
      truncated = Math.nextAfter(truncated, 0.0); // rounded up into the next binade: step back
    }
    double ulp = Math.ulp(truncated);
    return new BigDecimal(computed).subtract(exact).abs().divide(new BigDecimal(ulp), MathContext.DECIMAL64)
        .doubleValue();
  }

  /** atanh(s) = s + s^3/3 + ... for |s| < 1/2, relative accuracy. */
  static BigDecimal atanh(BigDecimal s) {
    BigDecimal s2 = s.multiply(s, MC);
    BigDecimal power = s;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal bound = s.abs().multiply(TINY);
    for (int n = 1; power.abs().compareTo(bound) > 0; n += 2) {
      sum = sum.add(power.divide(BigDecimal.valueOf(n), MC), MC);
      power = power.multiply(s2, MC);
    }
    return sum;
  }

  /** ln(v) for v > 0: v = 2^e m with m in [0.75, 1.5), ln m = 2 atanh((m - 1)/(m + 1)). */
  static BigDecimal ln(BigDecimal v) {
    int e = 0;
    BigDecimal m = v;
    BigDecimal upper = new BigDecimal("1.5");
    BigDecimal lower = new BigDecimal("0.75");
    if (m.compareTo(upper) >= 0 || m.compareTo(lower) < 0) {
      e = Math.getExponent(v.doubleValue()); // a start; the loops below finish the normalisation
      m = e >= 0 ? m.divide(TWO.pow(e), MC) : m.multiply(TWO.pow(-e), MC);
    }
    while (m.compareTo(upper) >= 0) {
      m = m.divide(TWO, MC);
      e++;
    }
    while (m.compareTo(lower) < 0) {
      m = m.multiply(TWO, MC);
      e--;
    }
    BigDecimal lnM = atanh(m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC)).multiply(TWO, MC);
    return lnM.add(LN2.multiply(BigDecimal.valueOf(e), MC), MC);
  }

  /** ln(1 + x), relative accuracy also for tiny x. */
  static BigDecimal ln1p(double x) {
    BigDecimal bx = new BigDecimal(x);
    if (Math.abs(x) < 0.25) {
      return atanh(bx.divide(TWO.add(bx), MC)).multiply(TWO, MC);
    }
    return ln(BigDecimal.ONE.add(bx));
  }

  /** e^a - 1 by its series, relative accuracy, for |a| <= 1/4. */
  private static BigDecimal expm1Series(BigDecimal a) {
    BigDecimal term = a;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal bound = a.abs().multiply(TINY);
    for (int n = 2; term.abs().compareTo(bound) > 0; n++) {
      sum = sum.add(term, MC);
      term = term.multiply(a, MC).divide(BigDecimal.valueOf(n), MC);
    }
    return sum;
  }

  /** e^a: halve a until it is below 1/4, sum the series, square back. */
  static BigDecimal exp(BigDecimal a) {
    int squarings = 0;
    BigDecimal reduced = a;
    BigDecimal quarter = new BigDecimal("0.25");
    while (reduced.abs().compareTo(quarter) > 0) {
      reduced = reduced.divide(TWO, MC);
      squarings++;
    }
    MathContext wide = new MathContext(MC.getPrecision() + 10);
    BigDecimal result = BigDecimal.ONE.add(expm1Series(reduced), wide);
    for (int i = 0; i < squarings; i++) {
      result = result.multiply(result, wide);
    }
    return result.round(MC);
  }

  /** e^x - 1, relative accuracy. */
  static BigDecimal expm1(double x) {
    if (Math.abs(x) <= 0.25) {
      return expm1Series(new BigDecimal(x));
    }
    return exp(new BigDecimal(x)).subtract(BigDecimal.ONE, MC);
  }

  static BigDecimal sinh(double x) {
    BigDecimal e = exp(new BigDecimal(x));
    if (Math.abs(x) <= 0.25) {
      BigDecimal m = expm1(x); // (e^x - e^-x)/2 = (m + m/(m+1))/2
      return m.add(m.divide(m.add(BigDecimal.ONE), MC), MC).divide(TWO, MC);
    }
    return e.subtract(BigDecimal.ONE.divide(e, MC), MC).divide(TWO, MC);
  }

  static BigDecimal cosh(double x) {
    BigDecimal e = exp(new BigDecimal(x));
    return e.add(BigDecimal.ONE.divide(e, MC), MC).divide(TWO, MC);
  }

  static BigDecimal tanh(double x) {
    BigDecimal m = expm1(2 * x); // tanh x = m / (m + 2)
    return m.divide(m.add(TWO), MC);
  }

  static BigDecimal log(double x) {
    return ln(new BigDecimal(x));
  }

  static BigDecimal log10(double x) {
    return ln(new BigDecimal(x)).divide(LN10, MC);
  }

  static BigDecimal pow(double x, double y) {
    BigDecimal magnitude = exp(new BigDecimal(y).multiply(ln(new BigDecimal(Math.abs(x))), MC));
    boolean odd = x < 0 && Math.abs(y) < 0x1p53 && ((long) y & 1) != 0;
    return odd ? magnitude.negate() : magnitude;
  }

  static BigDecimal cbrt(double x) {
    BigDecimal bx = new BigDecimal(x);
    BigDecimal y = new BigDecimal(StrictMath.cbrt(x));
    for (int i = 0; i < 3; i++) {
      BigDecimal y2 = y.multiply(y, MC);
      y = y.subtract(y2.multiply(y, MC).subtract(bx, MC).divide(y2.multiply(BigDecimal.valueOf(3), MC), MC), MC);
    }
    return y;
  }

  static BigDecimal hypot(double x, double y) {
    BigDecimal bx = new BigDecimal(x);
    BigDecimal by = new BigDecimal(y);
    return bx.multiply(bx).add(by.multiply(by)).sqrt(MC);
  }
}
