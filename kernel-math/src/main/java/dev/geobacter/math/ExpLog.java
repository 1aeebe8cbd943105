package dev.geobacter.math;

/**
 * Java's exponential and logarithm family ({@code exp, log, log10, pow, sinh, cosh, tanh, expm1, log1p, cbrt,
 * hypot}) written with only primitives, so that kernels get it on targets without a C math library.
 *
 * <p>Every method keeps the special cases of {@link Math} and stays well inside its error bounds (1 ulp; 2.5 ulps
 * for the hyperbolic functions). The common path is branch-light and loop-free.
 *
 * <p>Methods, all classic: {@code exp} reduces {@code x = k ln2/64 + r} exactly (Cody-Waite with a 36-bit
 * {@code ln2/64}), takes {@code 2^(j/64)} from a 64-entry double-double table and {@code e^r - 1} from its Taylor
 * series; results are scaled so that subnormal results are rounded once. {@code log} splits {@code x = 2^k z} with
 * {@code z} in [0.6875, 1.375), takes {@code 1/c} and {@code -log(1/c)} for the 128 sub-intervals of {@code z} from
 * tables, forms {@code r = z/c - 1} exactly with a fused multiply-add and sums {@code k ln2 - log(1/c) + log1p(r)}
 * as a double-double, which {@code pow} multiplies by y and feeds to the same exp core. {@code expm1} and
 * {@code log1p} reuse these reductions with the cancelling terms summed exactly; {@code sinh}, {@code cosh} and
 * {@code tanh} are built from {@code expm1} and {@code exp} (as {@code e^(x - ln2)} near overflow); {@code cbrt}
 * takes two Halley steps and one Newton step with an exact residual; {@code hypot} scales by a power of two and
 * corrects the square root of the exact sum of squares. Fused multiply-adds supply exact products;
 * {@code twoSumError} supplies exact sums.
 *
 * <p>The tables are switch statements returning constants (kernel code may not create arrays); LLVM turns them into
 * constant tables. Table values are {@code 2^(j/64)} and {@code -ln(invC)} rounded to double-double; the table
 * test recomputes them with {@code BigDecimal}.
 */
public final class ExpLog {
  private ExpLog() {}

  private static final double INF = Double.POSITIVE_INFINITY;

  /** 64/ln2, for the exp reduction index. */
  private static final double INV_LN2_64 = 0x1.71547652b82fep6;
  /** ln2/64 to 36 bits: k * LN2_64_HI is exact for |k| < 2^17, which covers every finite exp result. */
  private static final double LN2_64_HI = 0x1.62e42fefap-7;
  private static final double LN2_64_LO = 0x1.cf79abc9e3b3ap-46;
  /** ln2 to 42 bits: k * LN2_HI is exact for every binary exponent k of a double. */
  private static final double LN2_HI = 0x1.62e42fefa38p-1;
  private static final double LN2_LO = 0x1.ef35793c7673p-45;
  private static final double INV_LN10_HI = 0x1.bcb7b1526e50ep-2;
  private static final double INV_LN10_LO = 0x1.95355baaafad3p-57;

  /** exp(x) is +Infinity above this (the exact threshold, 709.7827..., falls out of the final scaling). */
  private static final double EXP_OVERFLOW_ARG = 709.79;
  /** exp(x) rounds to +0.0 below this; between it and the smallest subnormal the final rounding decides. */
  private static final double EXP_UNDERFLOW_ARG = -746.0;
  /** expm1(x) rounds to -1.0 below this: e^x is less than half an ulp of 1 - e^x there. */
  private static final double EXPM1_MINUS_ONE_ARG = -38.0;
  /** At and above this, sinh and cosh are e^|x|/2 to within far less than an ulp; tanh is 1.0 (rounded). */
  private static final double HYPERBOLIC_LARGE_ARG = 22.0;
  /** e^x/2 is +Infinity above this (the exact threshold is 710.4758600739439). */
  private static final double HALF_EXP_OVERFLOW_ARG = 710.5;
  /**
   * tanh switches from -t/(t + 2), t = e^-2x - 1, to 1 - 2/(e^2x + 1) at atanh(1/4): there the first magnifies the
   * error of t by 1 + tanh x = 1.25 and the second by 1 - tanh x = 0.75.
   */
  private static final double TANH_SWITCH_ARG = 0.25541281188299536;

  /** The bits of 0.6875: log reduces its argument into [0.6875, 1.375), a binade and a half around 1. */
  /**
   * hypot's scaled roots below this are subnormal once scaled back by 2^-600; adding it puts a root on the
   * subnormal grid (its ulp, 2^-474, is 2^-1074 scaled by 2^600).
   */
  private static final double SUBNORMAL_HYPOT_ROOT = 0x1p-422;

  private static final long LOG_REDUCTION_OFFSET = 0x3FE6000000000000L;
  private static final long SIGN_BIT = 0x8000000000000000L;
  private static final long EXPONENT_FIELD = 0xFFF0000000000000L;
  private static final long MANTISSA_FIELD = 0x000FFFFFFFFFFFFFL;
  private static final long MIN_NORMAL_BITS = 0x0010000000000000L;

  private static final int FINISH_LOG = 0;
  private static final int FINISH_LOG10 = 1;
  private static final int FINISH_POW = 2;

  private static final int NOT_INTEGER = 0;
  private static final int ODD_INTEGER = 1;
  private static final int EVEN_INTEGER = 2;

  // Taylor coefficients 1/n! of e^r (|r| <= ln2/128 + tiny: the r^9 term is below 2^-75).
  private static final double E2 = 1.0 / 2;
  private static final double E3 = 1.0 / 6;
  private static final double E4 = 1.0 / 24;
  private static final double E5 = 1.0 / 120;
  private static final double E6 = 1.0 / 720;
  private static final double E7 = 1.0 / 5040;
  private static final double E8 = 1.0 / 40320;

  // Taylor coefficients 1/n! of sinh for |x| < 1 (the x^19 term is below 2^-56 of the result).
  private static final double S3 = 1.0 / 6;
  private static final double S5 = 1.0 / 120;
  private static final double S7 = 1.0 / 5040;
  private static final double S9 = 1.0 / 362880;
  private static final double S11 = 1.0 / 39916800;
  private static final double S13 = 1.0 / 6227020800L;
  private static final double S15 = 1.0 / 1307674368000L;
  private static final double S17 = 1.0 / 355687428096000L;

  // Taylor coefficients of log1p(r) from r^3 on (|r| <= 2^-7: the r^11 term is below 2^-80).
  private static final double L3 = 1.0 / 3;
  private static final double L4 = -1.0 / 4;
  private static final double L5 = 1.0 / 5;
  private static final double L6 = -1.0 / 6;
  private static final double L7 = 1.0 / 7;
  private static final double L8 = -1.0 / 8;
  private static final double L9 = 1.0 / 9;
  private static final double L10 = -1.0 / 10;

  // ---------------------------------------------------------------------------------------------- exp family

  /** {@link Math#exp}. */
  public static double exp(double x) {
    if (x > EXP_OVERFLOW_ARG) {
      return INF;
    }
    if (!(x >= EXP_UNDERFLOW_ARG)) {
      return x != x ? x : 0.0;
    }
    return expCore(x, 0.0);
  }

  /** {@link Math#expm1}. */
  public static double expm1(double x) {
    if (!(x < EXP_OVERFLOW_ARG - 1.0)) {
      return exp(x); // NaN, or so large that subtracting 1 changes nothing
    }
    if (x < EXPM1_MINUS_ONE_ARG) {
      return -1.0;
    }
    if (Math.abs(x) < 0x1p-54) {
      return x; // keeps -0.0; x + x^2/2 rounds to x
    }
    double kd = Math.rint(x * INV_LN2_64);
    if (kd == 0.0) {
      return x + expTail(x); // |x| <= ln2/128: the series alone, relative to x
    }
    int k = (int) kd;
    double t = Math.fma(-kd, LN2_64_HI, x);
    double u = -kd * LN2_64_LO;
    double rh = t + u;
    double rl = twoSumError(t, u, rh);
    double tail = expTail(rh);
    int j = k & 63;
    double scale = pow2(k >> 6);
    double th = exp2Table(2 * j);
    double tl = exp2Table(2 * j + 1);
    // e^x - 1 = scale*th - 1 + scale*th*rh + scale*(th*(rl + tail) + tl*(1 + rh + tail)); the first three
    // terms can cancel, so they are summed exactly.
    double a = th * scale;
    double s = a - 1.0;
    double se = twoSumError(a, -1.0, s);
    double ph = th * rh;
    double pl = Math.fma(th, rh, -ph);
    double p = ph * scale;
    double hi = s + p;
    double he = twoSumError(s, p, hi);
    double rest = pl + Math.fma(th, rl + tail, tl * (1.0 + (rh + tail)));
    return hi + (he + se + rest * scale);
  }

  /** {@link Math#sinh}. */
  public static double sinh(double x) {
    double ax = Math.abs(x);
    if (ax < HYPERBOLIC_LARGE_ARG) {
      if (ax < 1.0) {
        // x + x^3/3! + ... + x^17/17!: x stays exact and the tail is at most a sixth of the result
        double x2 = x * x;
        double q = Math.fma(x2, S17, S15);
        q = Math.fma(x2, q, S13);
        q = Math.fma(x2, q, S11);
        q = Math.fma(x2, q, S9);
        q = Math.fma(x2, q, S7);
        q = Math.fma(x2, q, S5);
        q = Math.fma(x2, q, S3);
        return Math.fma(x * x2, q, x);
      }
      double t = expm1(ax);
      // e^a - e^-a = t + t/(t + 1) with t = e^a - 1: two positive terms, no cancellation
      return Math.copySign(0.5 * (t + quotientPlus(t, t, 1.0)), x);
    }
    if (ax != ax) {
      return x;
    }
    return Math.copySign(halfExp(ax), x);
  }

  /** {@link Math#cosh}. */
  public static double cosh(double x) {
    double ax = Math.abs(x);
    if (ax < HYPERBOLIC_LARGE_ARG) {
      double e = expCore(ax, 0.0);
      return 0.5 * e + 0.5 / e;
    }
    if (ax != ax) {
      return ax;
    }
    return halfExp(ax);
  }

  /** {@link Math#tanh}. */
  public static double tanh(double x) {
    double ax = Math.abs(x);
    if (ax < HYPERBOLIC_LARGE_ARG) {
      if (ax < 0x1p-28) {
        return x; // x^3/3 is below half an ulp of x
      }
      if (ax >= TANH_SWITCH_ARG) {
        // 1 - 2/(t + 2) with t = e^2a - 1: the quotient is at most 3/4, so the error of t shrinks by that
        double t = expm1(2.0 * ax);
        double s = t + 2.0;
        double se = twoSumError(t, 2.0, s);
        double q = 2.0 / s;
        double qCorrection = -(Math.fma(q, s, -2.0) + q * se) / s;
        double r = 1.0 - q;
        double re = (1.0 - r) - q; // exact: 1 > q
        return Math.copySign(r + (re - qCorrection), x);
      }
      double t = expm1(-2.0 * ax);
      return Math.copySign(-quotientPlus(t, t, 2.0), x);
    }
    if (ax != ax) {
      return x;
    }
    return Math.copySign(1.0, x); // 1 - tanh(22) is below 2^-62
  }

  /**
   * n / (t + c) with the sum kept exact and the quotient corrected once, so that the error of t is the only one
   * that matters.
   */
  private static double quotientPlus(double n, double t, double c) {
    double s = t + c;
    double se = twoSumError(t, c, s);
    double q = n / s;
    double residual = -(Math.fma(q, s, -n) + q * se); // n - q (s + se)
    return q + residual / s;
  }

  /** e^ax / 2 for ax >= 22 (or +Infinity), as e^(ax - ln2) so that it overflows only where the result does. */
  private static double halfExp(double ax) {
    if (ax > HALF_EXP_OVERFLOW_ARG) {
      return INF;
    }
    double sh = ax - LN2_HI;
    double sl = ((ax - sh) - LN2_HI) - LN2_LO;
    return expCore(sh, sl);
  }

  /**
   * e^(xh + xl) for xh in [EXP_UNDERFLOW_ARG, EXP_OVERFLOW_ARG] and |xl| a few ulps of xh at most; overflows and
   * underflows (to subnormals) with a single rounding.
   */
  static double expCore(double xh, double xl) {
    double kd = Math.rint(xh * INV_LN2_64);
    int k = (int) kd;
    double t = Math.fma(-kd, LN2_64_HI, xh); // exact
    double u = Math.fma(-kd, LN2_64_LO, xl);
    double rh = t + u;
    double rl = twoSumError(t, u, rh);
    double p = rh + (rl + expTail(rh)); // e^r - 1
    int j = k & 63;
    int m = k >> 6;
    double th = exp2Table(2 * j);
    double tl = exp2Table(2 * j + 1);
    double small = Math.fma(th, p, tl * (1.0 + p)); // 2^(j/64) e^r - th
    if (m >= -1021 && m <= 1000) {
      return (th + small) * pow2(m);
    }
    if (m > 1000) {
      return ((th + small) * pow2(m - 64)) * 0x1p64; // the last product overflows or is exact
    }
    return scaleToSubnormal(th, small, m);
  }

  /**
   * (th + small) * 2^m for m <= -1022, rounded once to the subnormal grid: adding 1.0 puts the sum on a grid of
   * 2^-52, which is the subnormal grid scaled by 2^1022.
   */
  private static double scaleToSubnormal(double th, double small, int m) {
    double y = th + small;
    if (m == -1022 && y >= 1.0) {
      return y * 0x1p-1022; // still normal
    }
    double scale = pow2(m + 1022); // m >= -1077 for arguments above EXP_UNDERFLOW_ARG
    double a = th * scale;
    double b = small * scale;
    double one = 1.0 + a;
    double e = (1.0 - one) + a;
    double v = one + (e + b);
    return (v - 1.0) * 0x1p-1022;
  }

  /** e^r - 1 - r for |r| <= ln2/128 (plus a little). */
  private static double expTail(double r) {
    double q = Math.fma(r, E8, E7);
    q = Math.fma(r, q, E6);
    q = Math.fma(r, q, E5);
    q = Math.fma(r, q, E4);
    q = Math.fma(r, q, E3);
    q = Math.fma(r, q, E2);
    return r * r * q;
  }

  // ---------------------------------------------------------------------------------------------- log family

  /** {@link Math#log}. */
  public static double log(double x) {
    if (x > 0.0 && x < INF) {
      return logThen(x, 0.0, FINISH_LOG, 0.0);
    }
    return logSpecial(x);
  }

  /** {@link Math#log10}. */
  public static double log10(double x) {
    if (x > 0.0 && x < INF) {
      return logThen(x, 0.0, FINISH_LOG10, 0.0);
    }
    return logSpecial(x);
  }

  /** {@link Math#log1p}. */
  public static double log1p(double x) {
    if (!(x > -1.0 && x < INF)) {
      return x == -1.0 ? Double.NEGATIVE_INFINITY : x == INF ? x : Double.NaN;
    }
    if (Math.abs(x) < 0x1p-54) {
      return x; // keeps -0.0; x - x^2/2 rounds to x
    }
    if (Math.abs(x) < 0x1p-8) {
      return log1pSmall(x);
    }
    double uh = 1.0 + x;
    double ul = twoSumError(1.0, x, uh); // 1 + x = uh + ul exactly
    return logThen(uh, ul, FINISH_LOG, 0.0);
  }

  /** {@link Math#pow}. */
  public static double pow(double x, double y) {
    if (y == 1.0) {
      return x;
    }
    if (x > 0.0 && x < INF && Math.abs(y) < INF && y != 0.0) {
      return logThen(x, 0.0, FINISH_POW, y);
    }
    return powSpecial(x, y);
  }

  /** pow for y = 0, y not finite, or x zero, infinite, negative or NaN. */
  private static double powSpecial(double x, double y) {
    if (y == 0.0) {
      return 1.0;
    }
    if (x != x || y != y) {
      return Double.NaN;
    }
    double ax = Math.abs(x);
    if (Math.abs(y) == INF) {
      if (ax == 1.0) {
        return Double.NaN;
      }
      return (ax > 1.0) == (y > 0.0) ? INF : 0.0;
    }
    int yClass = integerClass(y);
    if (x == 0.0 || ax == INF) {
      double magnitude = (ax == INF) == (y > 0.0) ? INF : 0.0;
      boolean negative = Double.doubleToRawLongBits(x) < 0 && yClass == ODD_INTEGER;
      return negative ? -magnitude : magnitude;
    }
    if (yClass == NOT_INTEGER) {
      return Double.NaN;
    }
    double magnitude = logThen(ax, 0.0, FINISH_POW, y);
    return yClass == ODD_INTEGER ? -magnitude : magnitude;
  }

  /** Whether finite y is an odd integer, an even integer or not an integer (every |y| >= 2^53 is even). */
  private static int integerClass(double y) {
    if (y != Math.rint(y)) {
      return NOT_INTEGER;
    }
    if (Math.abs(y) >= 0x1p53) {
      return EVEN_INTEGER;
    }
    return (((long) y) & 1L) != 0 ? ODD_INTEGER : EVEN_INTEGER;
  }

  /** log1p(r) - r + r^2/2 for |r| <= 2^-7, given r2 = r*r (rounded). */
  private static double log1pTail(double r, double r2) {
    double q = Math.fma(r, L10, L9);
    q = Math.fma(r, q, L8);
    q = Math.fma(r, q, L7);
    q = Math.fma(r, q, L6);
    q = Math.fma(r, q, L5);
    q = Math.fma(r, q, L4);
    q = Math.fma(r, q, L3);
    return r2 * r * q;
  }

  /**
   * log1p(x) for |x| < 2^-8 straight from the series: 1 + x would round, and its rounding error would then be a
   * sizable part of the result.
   */
  private static double log1pSmall(double x) {
    double r2 = x * x;
    double r2l = Math.fma(x, x, -r2);
    double halfR2 = -0.5 * r2;
    double hi = x + halfR2;
    double e = (x - hi) + halfR2; // |x| > r^2/2
    return hi + ((e - 0.5 * r2l) + log1pTail(x, r2));
  }

  private static double logSpecial(double x) {
    if (x == 0.0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (x == INF) {
      return x;
    }
    return Double.NaN; // negative or NaN
  }

  /**
   * log(x + xl) as a double-double, then finished as {@code finish} says: rounded (FINISH_LOG), times 1/ln10
   * (FINISH_LOG10), or times y and exponentiated (FINISH_POW). One method serves all three because kernel code
   * cannot return a pair. x is positive and finite (subnormals included); |xl| is at most half an ulp of x.
   */
  private static double logThen(double x, double xl, int finish, double y) {
    long ix = Double.doubleToRawLongBits(x);
    int k = 0;
    if (ix < MIN_NORMAL_BITS) {
      ix = Double.doubleToRawLongBits(x * 0x1p52);
      k = -52;
    }
    long offset = ix - LOG_REDUCTION_OFFSET;
    int i = (int) (offset >>> 45) & 127;
    k += (int) (offset >> 52);
    double z = Double.longBitsToDouble(ix - (offset & EXPONENT_FIELD)); // x = 2^k z, z in [0.6875, 1.375)
    double invC = logTable(3 * i);
    double prod = z * invC;
    double rh = prod - 1.0; // exact: prod is within [0.5, 2]
    double rl = Math.fma(z, invC, -prod); // z/c - 1 = rh + rl exactly
    if (xl != 0.0) {
      // xl 2^-k; past k = 1022, xl is far below what the result can hold anyway
      rl += xl * pow2(k > 1022 ? -1022 : -k) * invC;
    }
    double r2 = rh * rh;
    double r2l = Math.fma(rh, rh, -r2);
    double tail = log1pTail(rh, r2);
    double kd = k;
    double kLn2 = kd * LN2_HI; // exact
    double logC = logTable(3 * i + 1);
    double w = kLn2 + logC;
    double we = (kLn2 - w) + logC; // |k ln2| > |log c| unless k = 0
    double hi1 = w + rh;
    double e1 = twoSumError(w, rh, hi1);
    double halfR2 = -0.5 * r2;
    double hi = hi1 + halfR2;
    double e2 = (hi1 - hi) + halfR2; // |hi1| >= |r^2/2|: hi1 is log(x) to 2^-14 relative
    double corrections = Math.fma(kd, LN2_LO, logTable(3 * i + 2) + we) + (e1 + e2);
    // rl/(1 + rh) to second order: the first-order form leaves rl rh^2, up to 2^-69, which pow would magnify
    double lo = corrections + (Math.fma(rl, r2 - rh, rl) - 0.5 * r2l) + tail;
    double h = hi + lo;
    double l = (hi - h) + lo;
    if (finish == FINISH_LOG) {
      return h;
    }
    if (finish == FINISH_LOG10) {
      double ph = h * INV_LN10_HI;
      double pl = Math.fma(h, INV_LN10_HI, -ph);
      return ph + (pl + Math.fma(h, INV_LN10_LO, l * INV_LN10_HI));
    }
    double zh = y * h;
    if (zh > EXP_OVERFLOW_ARG) {
      return INF;
    }
    if (zh < EXP_UNDERFLOW_ARG) {
      return 0.0;
    }
    double zl = Math.fma(y, h, -zh) + y * l;
    return expCore(zh, zl);
  }

  // ---------------------------------------------------------------------------------------------- roots

  /** {@link Math#cbrt}. */
  public static double cbrt(double x) {
    if (x == 0.0 || !(Math.abs(x) < INF)) {
      return x; // zeros, infinities and NaN are their own cube roots
    }
    long bits = Double.doubleToRawLongBits(x);
    long sign = bits & SIGN_BIT;
    long abits = bits ^ sign;
    int exponentAdjust = 0;
    if (abits < MIN_NORMAL_BITS) {
      abits = Double.doubleToRawLongBits(Double.longBitsToDouble(abits) * 0x1p54);
      exponentAdjust = -18; // cbrt(2^54) = 2^18
    }
    int e = (int) (abits >>> 52) - 1023;
    int third = (e + 3072) / 3 - 1024; // floor(e / 3)
    int rem = e - 3 * third;
    double a = Double.longBitsToDouble((abits & MANTISSA_FIELD) | ((long) (rem + 1023) << 52)); // [1, 8)
    // Starting guess: a third of the distance in the exponent-and-mantissa bits, within 6%.
    long oneBits = 0x3FF0000000000000L;
    double y = Double.longBitsToDouble(oneBits + (Double.doubleToRawLongBits(a) - oneBits) / 3);
    // Two Halley steps (cubic convergence): 6e-2 -> 3e-4 -> 1e-11.
    double y3 = y * y * y;
    y = y * (y3 + 2.0 * a) / (2.0 * y3 + a);
    y3 = y * y * y;
    y = y * (y3 + 2.0 * a) / (2.0 * y3 + a);
    // One Newton step with y^3 - a computed exactly: leaves an error far below an ulp before the last rounding.
    double y2 = y * y;
    double y2l = Math.fma(y, y, -y2);
    double y3h = y2 * y;
    double y3l = Math.fma(y2, y, -y3h) + y2l * y;
    double residual = (y3h - a) + y3l;
    y = y - residual / (3.0 * y2);
    double root = y * pow2(third + exponentAdjust);
    return Double.longBitsToDouble(Double.doubleToRawLongBits(root) | sign);
  }

  /** {@link Math#hypot}. */
  public static double hypot(double x, double y) {
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (ax == INF || ay == INF) {
      return INF; // even when the other is NaN
    }
    if (ax != ax || ay != ay) {
      return Double.NaN;
    }
    double big = Math.max(ax, ay);
    double small = Math.min(ax, ay);
    if (small == 0.0) {
      return big;
    }
    int bigExponent = binaryExponent(big);
    int smallExponent = binaryExponent(small);
    if (bigExponent - smallExponent > 54) {
      return big + small; // small^2 is below half an ulp of big^2
    }
    // Scale by a power of two so that neither square overflows nor loses bits to underflow.
    double scale = 1.0;
    double unscale = 1.0;
    if (bigExponent > 500) {
      scale = 0x1p-600;
      unscale = 0x1p600;
    } else if (smallExponent < -500) {
      scale = 0x1p600;
      unscale = 0x1p-600;
    }
    double b = big * scale;
    double s = small * scale;
    double bb = b * b;
    double bbl = Math.fma(b, b, -bb);
    double ss = s * s;
    double ssl = Math.fma(s, s, -ss);
    double sum = bb + ss;
    double sumLow = ((bb - sum) + ss) + (bbl + ssl);
    double root = Math.sqrt(sum);
    // One Newton step on the exact sum of squares: root + (sum - root^2) / (2 root).
    double residual = Math.fma(-root, root, sum) + sumLow;
    double correction = residual / (2.0 * root);
    if (root < SUBNORMAL_HYPOT_ROOT && unscale < 1.0) {
      // The result is subnormal: round once, on its grid (2^-474 before unscaling), not twice.
      double onGrid = SUBNORMAL_HYPOT_ROOT + root;
      double error = (SUBNORMAL_HYPOT_ROOT - onGrid) + root;
      double rounded = onGrid + (error + correction);
      return (rounded - SUBNORMAL_HYPOT_ROOT) * unscale;
    }
    return (root + correction) * unscale;
  }

  // ---------------------------------------------------------------------------------------------- helpers

  /** The rounding error of s = a + b (s must be the rounded sum): a + b = s + error exactly. */
  private static double twoSumError(double a, double b, double s) {
    double bVirtual = s - a;
    return (a - (s - bVirtual)) + (b - bVirtual);
  }

  /** The unbiased exponent of a non-negative double; -1023 for zero and subnormals (as Math.getExponent). */
  private static int binaryExponent(double nonNegative) {
    return (int) (Double.doubleToRawLongBits(nonNegative) >>> 52) - 1023;
  }

  /** 2^m for m in [-1022, 1023]. */
  private static double pow2(int m) {
    return Double.longBitsToDouble((long) (m + 1023) << 52);
  }

  /**
   * 2^(j/64) as a double-double: index 2j holds the rounded value, 2j + 1 the rounded remainder. One switch serves
   * both parts so that the optimizer keeps it a single constant table instead of inlining and unrolling it.
   */
  static double exp2Table(int index) {
    switch (index) {
      case 0: return 0x1.0p0;
      case 1: return 0.0;
      case 2: return 0x1.02c9a3e778061p0;
      case 3: return -0x1.19083535b085dp-56;
      case 4: return 0x1.059b0d3158574p0;
      case 5: return 0x1.d73e2a475b465p-55;
      case 6: return 0x1.0874518759bc8p0;
      case 7: return 0x1.186be4bb284ffp-57;
      case 8: return 0x1.0b5586cf9890fp0;
      case 9: return 0x1.8a62e4adc610bp-54;
      case 10: return 0x1.0e3ec32d3d1a2p0;
      case 11: return 0x1.03a1727c57b53p-59;
      case 12: return 0x1.11301d0125b51p0;
      case 13: return -0x1.6c51039449b3ap-54;
      case 14: return 0x1.1429aaea92dep0;
      case 15: return -0x1.32fbf9af1369ep-54;
      case 16: return 0x1.172b83c7d517bp0;
      case 17: return -0x1.19041b9d78a76p-55;
      case 18: return 0x1.1a35beb6fcb75p0;
      case 19: return 0x1.e5b4c7b4968e4p-55;
      case 20: return 0x1.1d4873168b9aap0;
      case 21: return 0x1.e016e00a2643cp-54;
      case 22: return 0x1.2063b88628cd6p0;
      case 23: return 0x1.dc775814a8495p-55;
      case 24: return 0x1.2387a6e756238p0;
      case 25: return 0x1.9b07eb6c70573p-54;
      case 26: return 0x1.26b4565e27cddp0;
      case 27: return 0x1.2bd339940e9d9p-55;
      case 28: return 0x1.29e9df51fdee1p0;
      case 29: return 0x1.612e8afad1255p-55;
      case 30: return 0x1.2d285a6e4030bp0;
      case 31: return 0x1.0024754db41d5p-54;
      case 32: return 0x1.306fe0a31b715p0;
      case 33: return 0x1.6f46ad23182e4p-55;
      case 34: return 0x1.33c08b26416ffp0;
      case 35: return 0x1.32721843659a6p-54;
      case 36: return 0x1.371a7373aa9cbp0;
      case 37: return -0x1.63aeabf42eae2p-54;
      case 38: return 0x1.3a7db34e59ff7p0;
      case 39: return -0x1.5e436d661f5e3p-56;
      case 40: return 0x1.3dea64c123422p0;
      case 41: return 0x1.ada0911f09ebcp-55;
      case 42: return 0x1.4160a21f72e2ap0;
      case 43: return -0x1.ef3691c309278p-58;
      case 44: return 0x1.44e086061892dp0;
      case 45: return 0x1.89b7a04ef80dp-59;
      case 46: return 0x1.486a2b5c13cdp0;
      case 47: return 0x1.3c1a3b69062fp-56;
      case 48: return 0x1.4bfdad5362a27p0;
      case 49: return 0x1.d4397afec42e2p-56;
      case 50: return 0x1.4f9b2769d2ca7p0;
      case 51: return -0x1.4b309d25957e3p-54;
      case 52: return 0x1.5342b569d4f82p0;
      case 53: return -0x1.07abe1db13cadp-55;
      case 54: return 0x1.56f4736b527dap0;
      case 55: return 0x1.9bb2c011d93adp-54;
      case 56: return 0x1.5ab07dd485429p0;
      case 57: return 0x1.6324c054647adp-54;
      case 58: return 0x1.5e76f15ad2148p0;
      case 59: return 0x1.ba6f93080e65ep-54;
      case 60: return 0x1.6247eb03a5585p0;
      case 61: return -0x1.383c17e40b497p-54;
      case 62: return 0x1.6623882552225p0;
      case 63: return -0x1.bb60987591c34p-54;
      case 64: return 0x1.6a09e667f3bcdp0;
      case 65: return -0x1.bdd3413b26456p-54;
      case 66: return 0x1.6dfb23c651a2fp0;
      case 67: return -0x1.bbe3a683c88abp-57;
      case 68: return 0x1.71f75e8ec5f74p0;
      case 69: return -0x1.16e4786887a99p-55;
      case 70: return 0x1.75feb564267c9p0;
      case 71: return -0x1.0245957316dd3p-54;
      case 72: return 0x1.7a11473eb0187p0;
      case 73: return -0x1.41577ee04992fp-55;
      case 74: return 0x1.7e2f336cf4e62p0;
      case 75: return 0x1.05d02ba15797ep-56;
      case 76: return 0x1.82589994cce13p0;
      case 77: return -0x1.d4c1dd41532d8p-54;
      case 78: return 0x1.868d99b4492edp0;
      case 79: return -0x1.fc6f89bd4f6bap-54;
      case 80: return 0x1.8ace5422aa0dbp0;
      case 81: return 0x1.6e9f156864b27p-54;
      case 82: return 0x1.8f1ae99157736p0;
      case 83: return 0x1.5cc13a2e3976cp-55;
      case 84: return 0x1.93737b0cdc5e5p0;
      case 85: return -0x1.75fc781b57ebcp-57;
      case 86: return 0x1.97d829fde4e5p0;
      case 87: return -0x1.d185b7c1b85d1p-54;
      case 88: return 0x1.9c49182a3f09p0;
      case 89: return 0x1.c7c46b071f2bep-56;
      case 90: return 0x1.a0c667b5de565p0;
      case 91: return -0x1.359495d1cd533p-54;
      case 92: return 0x1.a5503b23e255dp0;
      case 93: return -0x1.d2f6edb8d41e1p-54;
      case 94: return 0x1.a9e6b5579fdbfp0;
      case 95: return 0x1.0fac90ef7fd31p-54;
      case 96: return 0x1.ae89f995ad3adp0;
      case 97: return 0x1.7a1cd345dcc81p-54;
      case 98: return 0x1.b33a2b84f15fbp0;
      case 99: return -0x1.2805e3084d708p-57;
      case 100: return 0x1.b7f76f2fb5e47p0;
      case 101: return -0x1.5584f7e54ac3bp-56;
      case 102: return 0x1.bcc1e904bc1d2p0;
      case 103: return 0x1.23dd07a2d9e84p-55;
      case 104: return 0x1.c199bdd85529cp0;
      case 105: return 0x1.11065895048ddp-55;
      case 106: return 0x1.c67f12e57d14bp0;
      case 107: return 0x1.2884dff483cadp-54;
      case 108: return 0x1.cb720dcef9069p0;
      case 109: return 0x1.503cbd1e949dbp-56;
      case 110: return 0x1.d072d4a07897cp0;
      case 111: return -0x1.cbc3743797a9cp-54;
      case 112: return 0x1.d5818dcfba487p0;
      case 113: return 0x1.2ed02d75b3707p-55;
      case 114: return 0x1.da9e603db3285p0;
      case 115: return 0x1.c2300696db532p-54;
      case 116: return 0x1.dfc97337b9b5fp0;
      case 117: return -0x1.1a5cd4f184b5cp-54;
      case 118: return 0x1.e502ee78b3ff6p0;
      case 119: return 0x1.39e8980a9cc8fp-55;
      case 120: return 0x1.ea4afa2a490dap0;
      case 121: return -0x1.e9c23179c2893p-54;
      case 122: return 0x1.efa1bee615a27p0;
      case 123: return 0x1.dc7f486a4b6bp-54;
      case 124: return 0x1.f50765b6e454p0;
      case 125: return 0x1.9d3e12dd8a18bp-54;
      case 126: return 0x1.fa7c1819e90d8p0;
      case 127: return 0x1.74853f3a5931ep-55;
      default:
        return 0.0;
    }
  }

  /**
   * The log reduction table, three entries per interval i of z: index 3i holds invC = 1/c rounded (c the centre of
   * the interval; exactly 1 for the two intervals around 1, so that log is exact relative to x - 1 there), 3i + 1
   * and 3i + 2 hold -ln(invC) as a double-double.
   */
  static double logTable(int index) {
    switch (index) {
      case 0: return 0x1.734f0c541fe8dp0;
      case 1: return -0x1.7cc7f7db46a0ep-2;
      case 2: return -0x1.e3c7fdc323c2dp-56;
      case 3: return 0x1.713786d9c7c09p0;
      case 4: return -0x1.76feecb947176p-2;
      case 5: return 0x1.398d9eb4ea363p-56;
      case 6: return 0x1.6f26016f26017p0;
      case 7: return -0x1.713e33a46a17cp-2;
      case 8: return 0x1.f6cf40b5c71a6p-57;
      case 9: return 0x1.6d1a62681c861p0;
      case 10: return -0x1.6b85b4cffa3fdp-2;
      case 11: return 0x1.1af2c8dafcb08p-57;
      case 12: return 0x1.6b1490aa31a3dp0;
      case 13: return -0x1.65d558d4ce00bp-2;
      case 14: return 0x1.4e05a4748480ap-56;
      case 15: return 0x1.691473a88d0cp0;
      case 16: return -0x1.602d08af091ecp-2;
      case 17: return -0x1.a45db7cfd923p-56;
      case 18: return 0x1.6719f3601671ap0;
      case 19: return -0x1.5a8cadbbedfa1p-2;
      case 20: return -0x1.64f5081307f22p-60;
      case 21: return 0x1.6524f853b4aa3p0;
      case 22: return -0x1.54f431b7be1a8p-2;
      case 23: return 0x1.0b3f6ef6ae452p-58;
      case 24: return 0x1.63356b88ac0dep0;
      case 25: return -0x1.4f637ebba981p-2;
      case 26: return 0x1.68cb3124b9245p-56;
      case 27: return 0x1.614b36831ae94p0;
      case 28: return -0x1.49da7f3bcc42p-2;
      case 29: return 0x1.d964a168ccacbp-57;
      case 30: return 0x1.5f66434292dfcp0;
      case 31: return -0x1.44591e0539f49p-2;
      case 32: return -0x1.a76d6dc2782dap-59;
      case 33: return 0x1.5d867c3ece2a5p0;
      case 34: return -0x1.3edf463c1683ep-2;
      case 35: return 0x1.c852fe587def8p-57;
      case 36: return 0x1.5babcc647fa91p0;
      case 37: return -0x1.396ce359bbf53p-2;
      case 38: return 0x1.5c5663663d163p-59;
      case 39: return 0x1.59d61f123ccaap0;
      case 40: return -0x1.3401e12aecbap-2;
      case 41: return -0x1.f95523adc5c9fp-57;
      case 42: return 0x1.580560158056p0;
      case 43: return -0x1.2e9e2bce12286p-2;
      case 44: return 0x1.f3ed72e23e134p-57;
      case 45: return 0x1.56397ba7c52e2p0;
      case 46: return -0x1.2941afb186b7cp-2;
      case 47: return -0x1.6a4678ebaa3p-59;
      case 48: return 0x1.54725e6bb82fep0;
      case 49: return -0x1.23ec5991eba49p-2;
      case 50: return -0x1.76eba35bbf0dfp-61;
      case 51: return 0x1.52aff56a8054bp0;
      case 52: return -0x1.1e9e1678899f5p-2;
      case 53: return -0x1.64b0dd2687939p-58;
      case 54: return 0x1.50f22e111c4c5p0;
      case 55: return -0x1.1956d3b9bc2f9p-2;
      case 56: return -0x1.0e75a3542856fp-58;
      case 57: return 0x1.4f38f62dd4c9bp0;
      case 58: return -0x1.14167ef367784p-2;
      case 59: return -0x1.ef824daaf53e9p-56;
      case 60: return 0x1.4d843bedc2c4cp0;
      case 61: return -0x1.0edd060b78082p-2;
      case 62: return -0x1.2d4b610d7d4f5p-57;
      case 63: return 0x1.4bd3edda68fe1p0;
      case 64: return -0x1.09aa572e6c6d4p-2;
      case 65: return -0x1.f9e17343426a9p-56;
      case 66: return 0x1.4a27fad76014ap0;
      case 67: return -0x1.047e60cde83b7p-2;
      case 68: return -0x1.08869cbf9e344p-56;
      case 69: return 0x1.488052201488p0;
      case 70: return -0x1.feb2233ea07cbp-3;
      case 71: return -0x1.8de00938b4c3p-61;
      case 72: return 0x1.46dce34596066p0;
      case 73: return -0x1.f474b134df228p-3;
      case 74: return 0x1.9f1df7b5daab7p-60;
      case 75: return 0x1.453d9e2c776cap0;
      case 76: return -0x1.ea4449f04aaf5p-3;
      case 77: return 0x1.f33919ab94074p-57;
      case 78: return 0x1.43a2730abee4dp0;
      case 79: return -0x1.e020cc6235ab5p-3;
      case 80: return 0x1.f0adb91423f18p-57;
      case 81: return 0x1.420b5265e5951p0;
      case 82: return -0x1.d60a17f903514p-3;
      case 83: return 0x1.50df841a71b7ap-57;
      case 84: return 0x1.40782d10e6566p0;
      case 85: return -0x1.cc000c9db3c52p-3;
      case 86: return -0x1.67a2a8500729ep-58;
      case 87: return 0x1.3ee8f42a5af07p0;
      case 88: return -0x1.c2028ab17f9b5p-3;
      case 89: return -0x1.c11aa3853a5fp-57;
      case 90: return 0x1.3d5d991aa75c6p0;
      case 91: return -0x1.b811730b823d4p-3;
      case 92: return 0x1.d7c46328983c6p-58;
      case 93: return 0x1.3bd60d9232955p0;
      case 94: return -0x1.ae2ca6f672bd8p-3;
      case 95: return 0x1.a4a356155f779p-57;
      case 96: return 0x1.3a524387ac822p0;
      case 97: return -0x1.a454082e6ab03p-3;
      case 98: return 0x1.e0df823a3cb3dp-58;
      case 99: return 0x1.38d22d366088ep0;
      case 100: return -0x1.9a8778debaa3ap-3;
      case 101: return -0x1.28fbfb0e3f0fcp-58;
      case 102: return 0x1.3755bd1c945eep0;
      case 103: return -0x1.90c6db9fcbcdbp-3;
      case 104: return 0x1.357718d7ca4cfp-58;
      case 105: return 0x1.35dce5f9f2af8p0;
      case 106: return -0x1.871213750e994p-3;
      case 107: return 0x1.a97a0ca115d6p-57;
      case 108: return 0x1.34679ace01346p0;
      case 109: return -0x1.7d6903caf5acdp-3;
      case 110: return 0x1.0b17c301d6e14p-57;
      case 111: return 0x1.32f5ced6a1dfap0;
      case 112: return -0x1.73cb9074fd14dp-3;
      case 113: return 0x1.721a000b4cf01p-57;
      case 114: return 0x1.3187758e9ebb6p0;
      case 115: return -0x1.6a399dabbd383p-3;
      case 116: return -0x1.76332bd4b341fp-57;
      case 117: return 0x1.301c82ac4026p0;
      case 118: return -0x1.60b3100b09474p-3;
      case 119: return -0x1.526cee0fd7f4ap-57;
      case 120: return 0x1.2eb4ea1fed14bp0;
      case 121: return -0x1.5737cc9018cddp-3;
      case 122: return 0x1.00b28ef013c72p-57;
      case 123: return 0x1.2d50a012d50ap0;
      case 124: return -0x1.4dc7b897bc1c7p-3;
      case 125: return -0x1.b60ae1ff0e82ep-59;
      case 126: return 0x1.2bef98e5a3711p0;
      case 127: return -0x1.4462b9dc9b3dcp-3;
      case 128: return 0x1.85388d830c709p-59;
      case 129: return 0x1.2a91c92f3c105p0;
      case 130: return -0x1.3b08b6757f2a7p-3;
      case 131: return -0x1.5e1ad9be0a4cdp-57;
      case 132: return 0x1.293725bb804a5p0;
      case 133: return -0x1.31b994d3a4f86p-3;
      case 134: return 0x1.1238b5efe0665p-57;
      case 135: return 0x1.27dfa38a1ce4dp0;
      case 136: return -0x1.28753bc11aba2p-3;
      case 137: return 0x1.7394d9fa33313p-57;
      case 138: return 0x1.268b37cd60127p0;
      case 139: return -0x1.1f3b925f25d44p-3;
      case 140: return -0x1.08b27be4e6b15p-57;
      case 141: return 0x1.2539d7e9177b2p0;
      case 142: return -0x1.160c8024b27bp-3;
      case 143: return 0x1.355bfd870afebp-59;
      case 144: return 0x1.23eb79717605bp0;
      case 145: return -0x1.0ce7ecdccc28bp-3;
      case 146: return -0x1.1b57fea88da98p-59;
      case 147: return 0x1.22a0122a0122ap0;
      case 148: return -0x1.03cdc0a51ec0dp-3;
      case 149: return -0x1.19e2d3f8b7d1p-57;
      case 150: return 0x1.21579804855e6p0;
      case 151: return -0x1.f57bc7d9005dbp-4;
      case 152: return 0x1.d361574fb24e2p-58;
      case 153: return 0x1.2012012012012p0;
      case 154: return -0x1.e3707ee30487bp-4;
      case 155: return -0x1.9399d9aaf3b33p-59;
      case 156: return 0x1.1ecf43c7fb84cp0;
      case 157: return -0x1.d179788219362p-4;
      case 158: return 0x1.b12841044a96cp-58;
      case 159: return 0x1.1d8f5672e4abdp0;
      case 160: return -0x1.bf968769fca18p-4;
      case 161: return 0x1.06e4fb7af9c69p-58;
      case 162: return 0x1.1c522fc1ce059p0;
      case 163: return -0x1.adc77ee5aea8ep-4;
      case 164: return -0x1.d7d8f39bee658p-58;
      case 165: return 0x1.1b17c67f2bae3p0;
      case 166: return -0x1.9c0c32d4d254dp-4;
      case 167: return 0x1.627a0e199f569p-58;
      case 168: return 0x1.19e0119e0119ep0;
      case 169: return -0x1.8a6477a91dc29p-4;
      case 170: return 0x1.3d4190a482421p-58;
      case 171: return 0x1.18ab083902bdbp0;
      case 172: return -0x1.78d02263d82d7p-4;
      case 173: return -0x1.cbca5b4fdb87ep-58;
      case 174: return 0x1.1778a191bd684p0;
      case 175: return -0x1.674f089365a78p-4;
      case 176: return -0x1.ca64e9980e048p-59;
      case 177: return 0x1.1648d50fc3201p0;
      case 178: return -0x1.55e10050e0382p-4;
      case 179: return -0x1.9a0629e3973e4p-58;
      case 180: return 0x1.151b9a3fdd5c9p0;
      case 181: return -0x1.4485e03dbdfbp-4;
      case 182: return -0x1.3ba349aadbc6dp-58;
      case 183: return 0x1.13f0e8d344724p0;
      case 184: return -0x1.333d7f8183f4ap-4;
      case 185: return 0x1.adaa06e211e9ep-59;
      case 186: return 0x1.12c8b89edc0acp0;
      case 187: return -0x1.2207b5c7854a1p-4;
      case 188: return -0x1.b3f0431efb154p-58;
      case 189: return 0x1.11a3019a74826p0;
      case 190: return -0x1.10e45b3cae829p-4;
      case 191: return -0x1.9b5ed72e6d974p-58;
      case 192: return 0x1.107fbbe01108p0;
      case 193: return -0x1.ffa6911ab9309p-5;
      case 194: return 0x1.cd9f1f95c2ef1p-59;
      case 195: return 0x1.0f5edfab325a2p0;
      case 196: return -0x1.dda8adc67ee59p-5;
      case 197: return 0x1.31936790bb3b2p-59;
      case 198: return 0x1.0e40655826011p0;
      case 199: return -0x1.bbcebfc68f424p-5;
      case 200: return 0x1.cd1862f854848p-59;
      case 201: return 0x1.0d24456359e3ap0;
      case 202: return -0x1.9a187b573de81p-5;
      case 203: return -0x1.b13b26f298a6ap-64;
      case 204: return 0x1.0c0a7868b4171p0;
      case 205: return -0x1.788595a3577c8p-5;
      case 206: return -0x1.2f7c4c5b3c8bdp-62;
      case 207: return 0x1.0af2f722eecb5p0;
      case 208: return -0x1.5715c4c03cee1p-5;
      case 209: return -0x1.5101dc4ebf91fp-59;
      case 210: return 0x1.09ddba6af836p0;
      case 211: return -0x1.35c8bfaa13069p-5;
      case 212: return 0x1.50830a65543a8p-63;
      case 213: return 0x1.08cabb37565e2p0;
      case 214: return -0x1.149e3e4005a8dp-5;
      case 215: return 0x1.a9a4168fcebebp-60;
      case 216: return 0x1.07b9f29b8eae2p0;
      case 217: return -0x1.e72bf2813ce6ap-6;
      case 218: return 0x1.8a4bba6a354fap-60;
      case 219: return 0x1.06ab59c7912fbp0;
      case 220: return -0x1.a55f548c5c427p-6;
      case 221: return -0x1.f60d2fc36a0d9p-61;
      case 222: return 0x1.059eea0727586p0;
      case 223: return -0x1.63d6178690bbep-6;
      case 224: return 0x1.18ed4d357c9dcp-60;
      case 225: return 0x1.04949cc1664c5p0;
      case 226: return -0x1.228fb1fea2e0ap-6;
      case 227: return -0x1.3284991fe3d5cp-61;
      case 228: return 0x1.038c6b78247fcp0;
      case 229: return -0x1.c317384c75f0dp-7;
      case 230: return -0x1.806208c04c21fp-61;
      case 231: return 0x1.02864fc7729e9p0;
      case 232: return -0x1.41929f968330cp-7;
      case 233: return -0x1.3aae809b43ddp-61;
      case 234: return 0x1.0182436517a37p0;
      case 235: return -0x1.8121214586b02p-8;
      case 236: return 0x1.c7d68c0d910f2p-62;
      case 237: return 0x1.0p0;
      case 238: return 0.0;
      case 239: return 0.0;
      case 240: return 0x1.0p0;
      case 241: return 0.0;
      case 242: return 0.0;
      case 243: return 0x1.fa11caa01fa12p-1;
      case 244: return 0x1.7dc475f810a69p-7;
      case 245: return 0x1.74944bc161072p-61;
      case 246: return 0x1.f6310aca0dbb5p-1;
      case 247: return 0x1.3cea44346a584p-6;
      case 248: return -0x1.865ad48159dp-61;
      case 249: return 0x1.f25f644230ab5p-1;
      case 250: return 0x1.b9fc027af919ap-6;
      case 251: return -0x1.90ae69229dc86p-60;
      case 252: return 0x1.ee9c7f8458e02p-1;
      case 253: return 0x1.1b0d98923d97fp-5;
      case 254: return -0x1.74d7444dd6241p-59;
      case 255: return 0x1.eae807aba01ebp-1;
      case 256: return 0x1.58a5bafc8e4d3p-5;
      case 257: return -0x1.cab8569c56e4p-64;
      case 258: return 0x1.e741aa59750e4p-1;
      case 259: return 0x1.95c830ec8e3f2p-5;
      case 260: return 0x1.eb41d00a417e9p-60;
      case 261: return 0x1.e3a9179dc1a73p-1;
      case 262: return 0x1.d276b8adb0b56p-5;
      case 263: return 0x1.078f14c95ff53p-59;
      case 264: return 0x1.e01e01e01e01ep-1;
      case 265: return 0x1.075983598e471p-4;
      case 266: return 0x1.006d2999e22dcp-58;
      case 267: return 0x1.dca01dca01dcap-1;
      case 268: return 0x1.253f62f0a1417p-4;
      case 269: return 0x1.1f6d34e01d981p-61;
      case 270: return 0x1.d92f2231e7f8ap-1;
      case 271: return 0x1.42edcbea646eep-4;
      case 272: return -0x1.511583653349bp-58;
      case 273: return 0x1.d5cac807572b2p-1;
      case 274: return 0x1.60658a93750c4p-4;
      case 275: return -0x1.f108b1d8436d3p-59;
      case 276: return 0x1.d272ca3fc5b1ap-1;
      case 277: return 0x1.7da766d7b12dp-4;
      case 278: return 0x1.a2240644d7da2p-59;
      case 279: return 0x1.cf26e5c44bfc6p-1;
      case 280: return 0x1.9ab42462033aep-4;
      case 281: return -0x1.a099e1c184e8ep-59;
      case 282: return 0x1.cbe6d9601cbe7p-1;
      case 283: return 0x1.b78c82bb0edap-4;
      case 284: return -0x1.3ef0e61f9b03cp-58;
      case 285: return 0x1.c8b265afb8a42p-1;
      case 286: return 0x1.d4313d66cb35dp-4;
      case 287: return 0x1.b90dd951d90fap-58;
      case 288: return 0x1.c5894d10d4986p-1;
      case 289: return 0x1.f0a30c01162a4p-4;
      case 290: return 0x1.8be64b8b7759bp-59;
      case 291: return 0x1.c26b5392ea01cp-1;
      case 292: return 0x1.0671512ca596fp-3;
      case 293: return -0x1.2f39b81479b67p-58;
      case 294: return 0x1.bf583ee868d8bp-1;
      case 295: return 0x1.14785846742acp-3;
      case 296: return 0x1.94409f1d3f83ap-60;
      case 297: return 0x1.bc4fd65883e7bp-1;
      case 298: return 0x1.2266f190a5acdp-3;
      case 299: return -0x1.dab840e7f6177p-57;
      case 300: return 0x1.b951e2b18ff23p-1;
      case 301: return 0x1.303d718e47fd5p-3;
      case 302: return -0x1.b5ae71f658247p-57;
      case 303: return 0x1.b65e2e3beee05p-1;
      case 304: return 0x1.3dfc2b0ecc62ap-3;
      case 305: return 0x1.ba62b8c13f7f4p-57;
      case 306: return 0x1.b37484ad806cep-1;
      case 307: return 0x1.4ba36f39a55e5p-3;
      case 308: return -0x1.f767e433c98aap-57;
      case 309: return 0x1.b094b31d922a4p-1;
      case 310: return 0x1.59338d9982085p-3;
      case 311: return 0x1.8d16eaaba9419p-57;
      case 312: return 0x1.adbe87f94905ep-1;
      case 313: return 0x1.66acd4272ad51p-3;
      case 314: return -0x1.9201c9c3d5165p-59;
      case 315: return 0x1.aaf1d2f87ebfdp-1;
      case 316: return 0x1.740f8f54037a3p-3;
      case 317: return 0x1.6d9bf9d57b326p-58;
      case 318: return 0x1.a82e65130e159p-1;
      case 319: return 0x1.815c0a14357e9p-3;
      case 320: return 0x1.141b7f8c5fa9ep-58;
      case 321: return 0x1.a574107688a4ap-1;
      case 322: return 0x1.8e928de886d41p-3;
      case 323: return 0x1.2589eb96a624p-59;
      case 324: return 0x1.a2c2a87c51cap-1;
      case 325: return 0x1.9bb362e7dfb85p-3;
      case 326: return -0x1.51439c1ff83e7p-58;
      case 327: return 0x1.a01a01a01a01ap-1;
      case 328: return 0x1.a8becfc882f19p-3;
      case 329: return -0x1.a8c37918c39ebp-58;
      case 330: return 0x1.9d79f176b682dp-1;
      case 331: return 0x1.b5b519e8fb5a6p-3;
      case 332: return -0x1.d5d8023e61e5fp-57;
      case 333: return 0x1.9ae24ea5510dap-1;
      case 334: return 0x1.c2968558c18c2p-3;
      case 335: return 0x1.6108e3ae024acp-60;
      case 336: return 0x1.9852f0d8ec0ffp-1;
      case 337: return 0x1.cf6354e09c5ddp-3;
      case 338: return 0x1.339a07d55b696p-57;
      case 339: return 0x1.95cbb0be377aep-1;
      case 340: return 0x1.dc1bca0abec7bp-3;
      case 341: return 0x1.c698a33316dfbp-58;
      case 342: return 0x1.934c67f9b2ce6p-1;
      case 343: return 0x1.e8c0252aa5a6p-3;
      case 344: return -0x1.dc074737f9135p-60;
      case 345: return 0x1.90d4f120190d5p-1;
      case 346: return 0x1.f550a564b7b37p-3;
      case 347: return -0x1.13a09202fe73dp-57;
      case 348: return 0x1.8e6527af1373fp-1;
      case 349: return 0x1.00e6c45ad501dp-2;
      case 350: return -0x1.3b9568ff6feadp-57;
      case 351: return 0x1.8bfce8062ff3ap-1;
      case 352: return 0x1.071b85fcd590dp-2;
      case 353: return 0x1.08b83fcbdef4p-57;
      case 354: return 0x1.899c0f601899cp-1;
      case 355: return 0x1.0d46b579ab74bp-2;
      case 356: return 0x1.21f640e1e5ec9p-56;
      case 357: return 0x1.87427bcc092b9p-1;
      case 358: return 0x1.136870293a8bp-2;
      case 359: return 0x1.86cc531dba494p-57;
      case 360: return 0x1.84f00c2780614p-1;
      case 361: return 0x1.1980d2dd4236fp-2;
      case 362: return -0x1.02c2e4f1b2eb9p-56;
      case 363: return 0x1.82a4a0182a4ap-1;
      case 364: return 0x1.1f8ff9e48a2f3p-2;
      case 365: return -0x1.93fbf3418960dp-57;
      case 366: return 0x1.8060180601806p-1;
      case 367: return 0x1.2596010df763ap-2;
      case 368: return -0x1.9eed8ae0ebd3cp-59;
      case 369: return 0x1.7e225515a4f1dp-1;
      case 370: return 0x1.2b9303ab89d25p-2;
      case 371: return -0x1.85ad7f614ab51p-58;
      case 372: return 0x1.7beb3922e017cp-1;
      case 373: return 0x1.31871c9544185p-2;
      case 374: return -0x1.ea3598981366fp-57;
      case 375: return 0x1.79baa6bb6398bp-1;
      case 376: return 0x1.3772662bfd85cp-2;
      case 377: return 0x1.02a7589fba088p-57;
      case 378: return 0x1.77908119ac60dp-1;
      case 379: return 0x1.3d54fa5c1f71p-2;
      case 380: return 0x1.53668e578d9cdp-58;
      case 381: return 0x1.756cac201756dp-1;
      case 382: return 0x1.432ef2a04e813p-2;
      case 383: return -0x1.83262e2b59206p-57;
      default:
        return 0.0;
    }
  }
}
