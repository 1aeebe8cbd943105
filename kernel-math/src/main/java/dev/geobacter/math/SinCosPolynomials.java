package dev.geobacter.math;

/**
 * sin and cos of a reduced argument {@code x + y} ({@code |x| <= ~pi/4}, {@code |y|} below half an
 * ulp of {@code x}) by minimax polynomials: the published fdlibm coefficients, under 1 ulp.
 */
final class SinCosPolynomials {
  private static final double S1 = -1.66666666666666324348e-01;
  private static final double S2 = 8.33333333332248946124e-03;
  private static final double S3 = -1.98412698298579493134e-04;
  private static final double S4 = 2.75573137070700676789e-06;
  private static final double S5 = -2.50507602534068634195e-08;
  private static final double S6 = 1.58969099521155010221e-10;

  private static final double C1 = 4.16666666666666019037e-02;
  private static final double C2 = -1.38888888888741095749e-03;
  private static final double C3 = 2.48015872894767294178e-05;
  private static final double C4 = -2.75573143513906633035e-07;
  private static final double C5 = 2.08757232129817482790e-09;
  private static final double C6 = -1.13596475577881948265e-11;

  private SinCosPolynomials() {}

  /** sin(x + y) = x + x^3 * (S1 + ...) with the tail {@code y} folded in to first order. */
  static double sin(double x, double y) {
    double z = x * x;
    double v = z * x;
    double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    return x - ((z * (0.5 * y - v * r) - y) - v * S1);
  }

  /** cos(x + y) = 1 - x^2/2 + x^4 * (C1 + ...), with 1 - x^2/2 summed so that its error is kept. */
  static double cos(double x, double y) {
    double z = x * x;
    double w = z * z;
    double r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    double halfZ = 0.5 * z;
    double head = 1.0 - halfZ;
    return head + (((1.0 - head) - halfZ) + (z * r - x * y));
  }
}
