package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.cuda.testing.Gpus;
import dev.geobacter.math.ArcSine;
import dev.geobacter.math.ArcTangent;
import dev.geobacter.math.ExpLog;
import dev.geobacter.math.Trigonometry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code Math.sin}, {@code exp} and the other transcendental methods on {@code cuda:0}, computed by
 * the kernel math library: within Java's bounds of the {@code jvm} device's results (1 ulp, 2 for
 * atan2, 2.5 for the hyperbolic functions,
 * counting that the JVM's own result may be off by up to 1 ulp the other way), and bit for bit what
 * the same library computes as plain Java (so the GPU compiles it faithfully).
 */
@Tag("gpu")
class MathSubstitutesGpuTest {
  private static final double[] BOUNDS = {1, 1, 1, 1, 1, 1, 2};
  /** exp, log, log10, pow, sinh, cosh, tanh, expm1, log1p, cbrt, hypot (Math's javadoc). */
  private static final double[] EXP_LOG_BOUNDS = {1, 1, 1, 1, 2.5, 2.5, 2.5, 1, 1, 1, 1};

  @Test
  void trigonometryOnTheGpuIsWithinJavasBoundsAndMatchesTheLibrary() {
    Gpus.assumeGpu();
    double[] x = inputs(11);
    double[] y = inputs(12);
    for (int i = 0; i < y.length; i += 2) y[i] = y[i] / Math.max(1.0, Math.abs(y[i])); // half in [-1, 1]
    int n = x.length;
    double[] gpu = new double[MathKernels.TRIG_RESULTS * n];
    double[] jvm = new double[MathKernels.TRIG_RESULTS * n];
    try (Device cuda = Device.byName("cuda:0"); Device reference = Device.byName("jvm")) {
      cuda.launch(Geobacter.kernelInstance(MathKernels::trigonometry), Grid.of(n, 256), x, y, gpu);
      reference.launch(Geobacter.kernelInstance(MathKernels::trigonometry), Grid.of(n, 256), x, y, jvm);
    }
    assertWithinBoundsAndTheLibrary(gpu, jvm, x, y, BOUNDS, MathSubstitutesGpuTest::library);
  }

  @Test
  void theExpLogFamilyOnTheGpuIsWithinJavasBoundsAndMatchesTheLibrary() {
    Gpus.assumeGpu();
    double[] x = inputs(21);
    double[] y = inputs(22);
    SplittableRandom random = new SplittableRandom(23);
    for (int i = 0; i < x.length; i += 3) x[i] = Math.abs(x[i]) % 800; // exp's and pow's interesting range
    for (int i = 1; i < y.length; i += 4) y[i] = random.nextInt(-40, 41); // integer powers
    for (int i = 2; i < y.length; i += 4) y[i] = random.nextDouble(-8, 8);
    int n = x.length;
    double[] gpu = new double[MathKernels.EXP_LOG_RESULTS * n];
    double[] jvm = new double[MathKernels.EXP_LOG_RESULTS * n];
    try (Device cuda = Device.byName("cuda:0"); Device reference = Device.byName("jvm")) {
      cuda.launch(Geobacter.kernelInstance(MathKernels::expLog), Grid.of(n, 256), x, y, gpu);
      reference.launch(Geobacter.kernelInstance(MathKernels::expLog), Grid.of(n, 256), x, y, jvm);
    }
    assertWithinBoundsAndTheLibrary(gpu, jvm, x, y, EXP_LOG_BOUNDS, MathSubstitutesGpuTest::expLogLibrary);
  }

  /** The library run as plain Java: function {@code f} of the kernel's results at (x, y). */
  private interface Library {
    double apply(int function, double x, double y);
  }

  /**
   * {@code gpu} and {@code jvm} hold {@code bounds.length} results per input; each GPU result must be
   * within its bound (plus the JVM's own ulp) of the JVM's and exactly what {@code library} computes.
   */
  private static void assertWithinBoundsAndTheLibrary(double[] gpu, double[] jvm, double[] x, double[] y,
      double[] bounds, Library library) {
    int results = bounds.length;
    List<String> outOfBounds = new ArrayList<>();
    List<String> notTheLibrary = new ArrayList<>();
    for (int i = 0; i < gpu.length; i++) {
      int f = i % results;
      double xi = x[i / results];
      double yi = y[i / results];
      if (ulps(gpu[i], jvm[i]) > bounds[f] + 1) {
        outOfBounds.add("function " + f + " at x=" + xi + ", y=" + yi + ": cuda " + gpu[i] + ", jvm " + jvm[i]);
      }
      double expected = library.apply(f, xi, yi);
      if (Double.doubleToLongBits(gpu[i]) != Double.doubleToLongBits(expected)) {
        notTheLibrary.add("function " + f + " at x=" + xi + ", y=" + yi + ": cuda " + gpu[i] + ", Java " + expected);
      }
    }
    assertTrue(outOfBounds.isEmpty(), outOfBounds.size() + " results out of bounds, e.g. "
        + outOfBounds.subList(0, Math.min(10, outOfBounds.size())));
    assertTrue(notTheLibrary.isEmpty(), notTheLibrary.size() + " results differ from the library run as Java, e.g. "
        + notTheLibrary.subList(0, Math.min(10, notTheLibrary.size())));
  }

  private static double expLogLibrary(int function, double x, double y) {
    switch (function) {
      case 0: return ExpLog.exp(x);
      case 1: return ExpLog.log(x);
      case 2: return ExpLog.log10(x);
      case 3: return ExpLog.pow(x, y);
      case 4: return ExpLog.sinh(x);
      case 5: return ExpLog.cosh(x);
      case 6: return ExpLog.tanh(x);
      case 7: return ExpLog.expm1(x);
      case 8: return ExpLog.log1p(x);
      case 9: return ExpLog.cbrt(x);
      default: return ExpLog.hypot(x, y);
    }
  }

  private static double library(int function, double x, double y) {
    switch (function) {
      case 0: return Trigonometry.sin(x);
      case 1: return Trigonometry.cos(x);
      case 2: return Trigonometry.tan(x);
      case 3: return ArcSine.asin(y);
      case 4: return ArcSine.acos(y);
      case 5: return ArcTangent.atan(x);
      default: return ArcTangent.atan2(y, x);
    }
  }

  /** |a - b| in ulps of b; NaN equals NaN, zeros must agree in sign. */
  private static double ulps(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
    if (a == b) return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b) ? 0 : Double.POSITIVE_INFINITY;
    if (Double.isInfinite(a) || Double.isInfinite(b)) return Double.POSITIVE_INFINITY;
    return new BigDecimal(a).subtract(new BigDecimal(b)).abs()
        .divide(new BigDecimal(Math.ulp(b)), MathContext.DECIMAL64).doubleValue();
  }

  /** Special values, then random doubles over every exponent, moderate ones and near multiples of pi/2. */
  private static double[] inputs(long seed) {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 0.5,
        -0.5, 1.0, -1.0, 0x1p24, Math.nextDown(0x1p24), Math.PI / 2, Math.PI, 1e22, 6381956970095103.0 * 0x1p797));
    SplittableRandom random = new SplittableRandom(seed);
    while (values.size() < 300_000) {
      switch (values.size() % 3) {
        case 0 -> {
          long bits = random.nextLong(0x7ffL) << 52 | random.nextLong() & 0xfffffffffffffL;
          values.add(random.nextBoolean() ? Double.longBitsToDouble(bits) : -Double.longBitsToDouble(bits));
        }
        case 1 -> values.add((random.nextDouble() * 2 - 1) * 100.0);
        default -> values.add(random.nextInt(-1 << 20, 1 << 20) * (Math.PI / 2) + random.nextDouble(-1e-6, 1e-6));
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
