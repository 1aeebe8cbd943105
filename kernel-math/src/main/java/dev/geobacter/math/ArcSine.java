package dev.geobacter.math;

/**
 * {@code Math.asin} and {@code acos} (within 1 ulp) as kernel code: for {@code |x| < 0.5} a
 * rational minimax approximation in {@code x^2} (the published fdlibm coefficients); beyond, the
 * identities asin x = pi/2 - 2 asin(sqrt((1-x)/2)) and acos x = 2 asin(sqrt((1-x)/2)), with the
 * square root split so that its rounding error is carried.
 */
public final class ArcSine {
  private static final double PS0 = 1.66666666666666657415e-01;
  private static final double PS1 = -3.25565818622400915405e-01;
  private static final double PS2 = 2.01212532134862925881e-01;
  private static final double PS3 = -4.00555345006794114027e-02;
  private static final double PS4 = 7.91534994289814532176e-04;
  private static final double PS5 = 3.47933107596021167570e-05;
  private static final double QS1 = -2.40339491173441421878e+00;
  private static final double QS2 = 2.02094576023350569471e+00;
  private static final double QS3 = -6.88283971605453293030e-01;
  private static final double QS4 = 7.70381505559019352791e-02;

  private static final double PI = 3.14159265358979311600e+00;
  private static final double HALF_PI = 1.57079632679489655800e+00;
  private static final double HALF_PI_LO = 6.12323399573676603587e-17;
  private static final double QUARTER_PI = 7.85398163397448278999e-01;

  private ArcSine() {}

  public static double asin(double x) {
    int high = DoubleWords.magnitudeHigh(x);
    if (high >= 0x3ff00000) { // |x| >= 1 or NaN
      if (high == 0x3ff00000 && DoubleWords.low(x) == 0) return x * HALF_PI + x * HALF_PI_LO;
      return (x - x) / (x - x);
    }
    if (high < 0x3fe00000) { // |x| < 0.5
      if (high < 0x3e400000) return x; // |x| < 2^-27: asin x rounds to x
      double t = x * x;
      return x + x * (numerator(t) / denominator(t));
    }
    double t = (1.0 - Math.abs(x)) * 0.5;
    double s = Math.sqrt(t);
    double result;
    if (high >= 0x3fef3333) { // |x| > 0.975
      double w = numerator(t) / denominator(t);
      result = HALF_PI - (2.0 * (s + s * w) - HALF_PI_LO);
    } else {
      double sHigh = DoubleWords.withLowWordCleared(s);
      double correction = (t - sHigh * sHigh) / (s + sHigh);
      double r = numerator(t) / denominator(t);
      double p = 2.0 * s * r - (HALF_PI_LO - 2.0 * correction);
      double q = QUARTER_PI - 2.0 * sHigh;
      result = QUARTER_PI - (p - q);
    }
    return x < 0 ? -result : result;
  }

  public static double acos(double x) {
    int high = DoubleWords.magnitudeHigh(x);
    if (high >= 0x3ff00000) { // |x| >= 1 or NaN
      if (high == 0x3ff00000 && DoubleWords.low(x) == 0) return x > 0 ? 0.0 : PI + 2.0 * HALF_PI_LO;
      return (x - x) / (x - x);
    }
    if (high < 0x3fe00000) { // |x| < 0.5: pi/2 - asin x
      if (high <= 0x3c600000) return HALF_PI + HALF_PI_LO; // |x| <= 2^-57
      double z = x * x;
      double r = numerator(z) / denominator(z);
      return HALF_PI - (x - (HALF_PI_LO - x * r));
    }
    if (x < 0) { // pi - 2 asin(sqrt((1+x)/2))
      double z = (1.0 + x) * 0.5;
      double s = Math.sqrt(z);
      double w = numerator(z) / denominator(z) * s - HALF_PI_LO;
      return PI - 2.0 * (s + w);
    }
    double z = (1.0 - x) * 0.5;
    double s = Math.sqrt(z);
    double sHigh = DoubleWords.withLowWordCleared(s);
    double correction = (z - sHigh * sHigh) / (s + sHigh);
    double w = numerator(z) / denominator(z) * s + correction;
    return 2.0 * (sHigh + w);
  }

  /** {@code t * P(t)}: with {@link #denominator}, (asin(sqrt t) - sqrt t) / sqrt t ~ P(t)/Q(t). */
  private static double numerator(double t) {
    return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
  }

  private static double denominator(double t) {
    return 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
  }
}
