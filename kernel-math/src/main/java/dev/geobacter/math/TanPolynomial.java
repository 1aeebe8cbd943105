package dev.geobacter.math;

/**
 * tan or -1/tan of a reduced argument {@code x + y} ({@code |x| <= ~pi/4}) by the published fdlibm
 * minimax polynomial in {@code x^2}; above 0.6744 it uses tan(pi/4 - x) = (1 - tan x)/(1 + tan x)
 * so that the polynomial's argument stays small. Under 1 ulp.
 */
final class TanPolynomial {
  private static final double T0 = 3.33333333333334091986e-01;
  private static final double T1 = 1.33333333333201242699e-01;
  private static final double T2 = 5.39682539762260521377e-02;
  private static final double T3 = 2.18694882948595424599e-02;
  private static final double T4 = 8.86323982359930005737e-03;
  private static final double T5 = 3.59207910759131235356e-03;
  private static final double T6 = 1.45620945432529025516e-03;
  private static final double T7 = 5.88041240820264096874e-04;
  private static final double T8 = 2.46463134818469906812e-04;
  private static final double T9 = 7.81794442939557092300e-05;
  private static final double T10 = 7.14072491382608190305e-05;
  private static final double T11 = -1.85586374855275456654e-05;
  private static final double T12 = 2.59073051863633712884e-05;
  private static final double PIO4 = 7.85398163397448278999e-01;
  private static final double PIO4_LO = 3.06161699786838301793e-17;
  /** The high word of 0.6744: above it the reflection about pi/4 is more accurate. */
  private static final int REFLECT_HIGH = 0x3fe59428;

  private TanPolynomial() {}

  /** {@code tan(x + y)} when {@code sign == 1}, {@code -1/tan(x + y)} when {@code sign == -1}. */
  static double tan(double x, double y, int sign) {
    boolean reflect = DoubleWords.magnitudeHigh(x) >= REFLECT_HIGH;
    boolean negative = x < 0;
    if (reflect) {
      double ax = negative ? -x : x;
      double ay = negative ? -y : y;
      x = (PIO4 - ax) + (PIO4_LO - ay);
      y = 0.0;
    }
    double z = x * x;
    double w = z * z;
    // Odd and even coefficients in two interleaved Horner chains, for parallelism.
    double r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
    double v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
    double s = z * x;
    r = y + z * (s * (r + v) + y);
    r += T0 * s;
    w = x + r;
    if (reflect) {
      double k = sign;
      double reflected = k - 2.0 * (x - (w * w / (w + k) - r));
      return negative ? -reflected : reflected;
    }
    if (sign == 1) return w;
    // -1/(x + r) with x + r split so that the division's error is compensated.
    double wHigh = DoubleWords.withLowWordCleared(w);
    double rest = r - (wHigh - x);
    double a = -1.0 / w;
    double aHigh = DoubleWords.withLowWordCleared(a);
    double e = 1.0 + aHigh * wHigh;
    return aHigh + a * (e + aHigh * rest);
  }
}
