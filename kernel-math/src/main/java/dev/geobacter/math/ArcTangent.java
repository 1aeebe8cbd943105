package dev.geobacter.math;

/**
 * {@code Math.atan} (within 1 ulp) and {@code atan2} (within 2 ulps) as kernel code. atan reduces
 * {@code |x|} to a small argument around one of 0, 0.5, 1, 1.5 or infinity, whose atan is known
 * to double-double precision, then sums a minimax polynomial in {@code x^2} (the published fdlibm
 * coefficients).
 */
public final class ArcTangent {
  private static final double AT0 = 3.33333333333329318027e-01;
  private static final double AT1 = -1.99999999998764832476e-01;
  private static final double AT2 = 1.42857142725034663711e-01;
  private static final double AT3 = -1.11111104054623557880e-01;
  private static final double AT4 = 9.09088713343650656196e-02;
  private static final double AT5 = -7.69187620504482999495e-02;
  private static final double AT6 = 6.66107313738753120669e-02;
  private static final double AT7 = -5.83357013379057348645e-02;
  private static final double AT8 = 4.97687799461593236017e-02;
  private static final double AT9 = -3.65315727442169155270e-02;
  private static final double AT10 = 1.62858201153657823623e-02;

  private static final double PI = 3.14159265358979311600e+00;
  private static final double PI_LO = 1.2246467991473531772e-16;
  private static final double HALF_PI = 1.57079632679489655800e+00;
  private static final double HALF_PI_LO = 6.12323399573676603587e-17;
  private static final double QUARTER_PI = 7.85398163397448278999e-01;

  private ArcTangent() {}

  public static double atan(double x) {
    int high = DoubleWords.magnitudeHigh(x);
    if (high >= 0x44100000) { // |x| >= 2^66, infinite or NaN
      if (x != x) return x;
      return x > 0 ? HALF_PI + HALF_PI_LO : -HALF_PI - HALF_PI_LO;
    }
    int anchor;
    double t;
    if (high < 0x3fdc0000) { // |x| < 0.4375: the polynomial directly
      if (high < 0x3e400000) return x; // |x| < 2^-27: atan x rounds to x
      anchor = -1;
      t = x;
    } else {
      double a = Math.abs(x);
      if (high < 0x3ff30000) { // |x| < 1.1875
        if (high < 0x3fe60000) { // 11/16: around 0.5
          anchor = 0;
          t = (2.0 * a - 1.0) / (2.0 + a);
        } else { // around 1
          anchor = 1;
          t = (a - 1.0) / (a + 1.0);
        }
      } else if (high < 0x40038000) { // |x| < 2.4375: around 1.5
        anchor = 2;
        t = (a - 1.5) / (1.0 + 1.5 * a);
      } else { // atan x = pi/2 - atan(1/x)
        anchor = 3;
        t = -1.0 / a;
      }
    }
    double z = t * t;
    double w = z * z;
    // Odd and even terms in two chains, for parallelism.
    double s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
    double s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
    if (anchor < 0) return t - t * (s1 + s2);
    double result = anchorHigh(anchor) - ((t * (s1 + s2) - anchorLow(anchor)) - t);
    return x < 0 ? -result : result;
  }

  public static double atan2(double y, double x) {
    if (x != x || y != y) return x + y;
    if (x == 1.0) return atan(y);
    boolean yNegative = Double.doubleToRawLongBits(y) < 0;
    boolean xNegative = Double.doubleToRawLongBits(x) < 0;
    if (y == 0.0) {
      if (!xNegative) return y; // atan2(+-0, +x) = +-0
      return yNegative ? -PI : PI; // atan2(+-0, -x) = +-pi, also for x = -0
    }
    if (x == 0.0) return yNegative ? -HALF_PI - HALF_PI_LO : HALF_PI + HALF_PI_LO;
    boolean xInfinite = Math.abs(x) > Double.MAX_VALUE;
    boolean yInfinite = Math.abs(y) > Double.MAX_VALUE;
    if (xInfinite) {
      double angle = yInfinite ? (xNegative ? 3.0 * QUARTER_PI : QUARTER_PI) : (xNegative ? PI : 0.0);
      return yNegative ? -angle : angle;
    }
    if (yInfinite) return yNegative ? -HALF_PI - HALF_PI_LO : HALF_PI + HALF_PI_LO;
    int exponentGap = (DoubleWords.magnitudeHigh(y) - DoubleWords.magnitudeHigh(x)) >> 20;
    double z;
    if (exponentGap > 60) { // |y/x| > 2^60: pi/2 whatever the sign of x
      z = HALF_PI + 0.5 * PI_LO;
      xNegative = false;
    } else if (xNegative && exponentGap < -60) { // |y/x| < 2^-60 with x < 0: pi
      z = 0.0;
    } else {
      z = atan(Math.abs(y / x));
    }
    if (!xNegative) return yNegative ? -z : z;
    double angle = PI - (z - PI_LO);
    return yNegative ? -angle : angle;
  }

  /** atan(0.5), atan(1), atan(1.5), atan(inf), rounded. */
  private static double anchorHigh(int anchor) {
    switch (anchor) {
      case 0:
        return 4.63647609000806093515e-01;
      case 1:
        return 7.85398163397448278999e-01;
      case 2:
        return 9.82793723247329054082e-01;
      default:
        return 1.57079632679489655800e+00;
    }
  }

  /** What {@link #anchorHigh} rounded away. */
  private static double anchorLow(int anchor) {
    switch (anchor) {
      case 0:
        return 2.26987774529616870924e-17;
      case 1:
        return 3.06161699786838301793e-17;
      case 2:
        return 1.39033110312309984516e-17;
      default:
        return 6.12323399573676603587e-17;
    }
  }
}
