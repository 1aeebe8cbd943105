package dev.geobacter.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of {@link ExpLog} against a BigDecimal reference (sampled) and against StrictMath (in bulk), its special
 * cases as {@link Math}'s javadoc lists them, and monotonicity across its internal switch points.
 */
class ExpLogAccuracyTest {
  /** Bulk inputs per region, compared with StrictMath. */
  private static final int BULK = 200_000;
  /** Inputs per region compared with the BigDecimal reference. */
  private static final int EXACT = 400;

  /** Our own error targets (ulps against the exact value); Math's bounds are 1 and 2.5 ulps. */
  private static final double TARGET = 0.6;
  private static final double POW_TARGET = 0.75;
  private static final double HYPERBOLIC_TARGET = 1.5;
  /** StrictMath's own error measured up to 1.73 ulps for log10 near 1, so bulk log10 allows for it. */
  private static final double LOG10_STRICT_SLACK = 2.0;

  private final SplittableRandom random = new SplittableRandom(0x5EED);

  // -------------------------------------------------------------------------------- generators

  private double uniform(double from, double to) {
    return random.nextDouble(from, to);
  }

  /** Sign times (1 + u) * 2^e with e uniform in [minExponent, maxExponent). */
  private double logUniform(int minExponent, int maxExponent, boolean signed) {
    double magnitude = Math.scalb(1.0 + random.nextDouble(), random.nextInt(minExponent, maxExponent));
    return signed && random.nextBoolean() ? -magnitude : magnitude;
  }

  /** Any positive finite double, subnormals included, uniform over bit patterns (so over exponents). */
  private double anyPositive() {
    return Double.longBitsToDouble(random.nextLong(1L, 0x7FF0000000000000L));
  }

  private double nearOne() {
    return 1.0 + Math.scalb(random.nextDouble(-1.0, 1.0), -random.nextInt(0, 54));
  }

  // -------------------------------------------------------------------------------- checks

  private static String describe(String name, double x, double got, double want) {
    return name + "(" + x + ") = " + got + ", expected about " + want;
  }

  /** Max ulp error over {@code count} inputs against the exact reference; asserts the target and returns it. */
  private static double exact(String name, int count, DoubleSupplier input, DoubleUnaryOperator f,
      DoubleFunction<BigDecimal> reference, double target) {
    double max = 0.0;
    for (int i = 0; i < count; i++) {
      double x = input.getAsDouble();
      double got = f.applyAsDouble(x);
      BigDecimal want = reference.apply(x);
      if (Double.isInfinite(got) || Double.isInfinite(want.doubleValue())) { // overflow must match
        assertEquals(want.doubleValue(), got, () -> describe(name, x, got, want.doubleValue()));
        continue;
      }
      double error = ExactReference.ulpError(got, want);
      assertTrue(error <= target, () -> describe(name, x, got, want.doubleValue()) + ": " + error + " ulps");
      max = Math.max(max, error);
    }
    return max;
  }

  /** Asserts |f - StrictMath| within {@code tolerance} ulps (our bound plus StrictMath's) over the inputs. */
  private static void bulk(String name, int count, DoubleSupplier input, DoubleUnaryOperator f,
      DoubleUnaryOperator strict, double tolerance) {
    for (int i = 0; i < count; i++) {
      double x = input.getAsDouble();
      double got = f.applyAsDouble(x);
      double want = strict.applyAsDouble(x);
      if (Double.doubleToLongBits(got) == Double.doubleToLongBits(want)) {
        continue;
      }
      double ulps = Math.abs(got - want) / Math.ulp(want);
      assertTrue(ulps <= tolerance, () -> describe(name, x, got, want) + ": " + ulps + " ulps from StrictMath");
    }
  }

  /** f over {@code steps} consecutive doubles from x never steps against {@code direction} (+1 or -1). */
  private static void monotone(String name, DoubleUnaryOperator f, double x, int steps, int direction) {
    double previous = f.applyAsDouble(x);
    double at = x;
    for (int i = 0; i < steps; i++) {
      at = Math.nextUp(at);
      double value = f.applyAsDouble(at);
      double cur = at;
      double prev = previous;
      assertTrue(direction > 0 ? value >= prev : value <= prev,
          () -> name + " is not monotone at " + cur + ": " + prev + " then " + value);
      previous = value;
    }
  }

  private static void report(String name, double maxUlps) {
    System.out.printf("ExpLog.%-6s max error %.4f ulp (sampled against BigDecimal)%n", name, maxUlps);
  }

  // -------------------------------------------------------------------------------- accuracy

  @Test
  void exp() {
    DoubleUnaryOperator f = ExpLog::exp;
    bulk("exp", BULK, () -> uniform(-746.0, 710.0), f, StrictMath::exp, 2.0);
    bulk("exp", BULK, () -> logUniform(-60, 1, true), f, StrictMath::exp, 2.0);
    bulk("exp", BULK, () -> uniform(-745.2, -708.0), f, StrictMath::exp, 2.0); // subnormal results
    bulk("exp", BULK, () -> uniform(709.0, 709.8), f, StrictMath::exp, 2.0);
    double max = exact("exp", EXACT, () -> uniform(-744.0, 709.7), f, x -> ExactReference.exp(new BigDecimal(x)),
        TARGET);
    max = Math.max(max, exact("exp", EXACT, () -> logUniform(-60, 1, true), f,
        x -> ExactReference.exp(new BigDecimal(x)), TARGET));
    report("exp", max);
  }

  @Test
  void log() {
    DoubleUnaryOperator f = ExpLog::log;
    bulk("log", 2 * BULK, this::anyPositive, f, StrictMath::log, 2.0);
    bulk("log", 2 * BULK, this::nearOne, f, StrictMath::log, 2.0);
    double max = exact("log", EXACT, this::anyPositive, f, ExactReference::log, TARGET);
    max = Math.max(max, exact("log", EXACT, this::nearOne, f, ExactReference::log, TARGET));
    report("log", max);
  }

  @Test
  void log10() {
    DoubleUnaryOperator f = ExpLog::log10;
    bulk("log10", 2 * BULK, this::anyPositive, f, StrictMath::log10, 1.0 + LOG10_STRICT_SLACK);
    bulk("log10", 2 * BULK, this::nearOne, f, StrictMath::log10, 1.0 + LOG10_STRICT_SLACK);
    double max = exact("log10", EXACT, this::anyPositive, f, ExactReference::log10, TARGET);
    max = Math.max(max, exact("log10", EXACT, this::nearOne, f, ExactReference::log10, TARGET));
    report("log10", max);
  }

  @Test
  void expm1() {
    DoubleUnaryOperator f = ExpLog::expm1;
    bulk("expm1", 2 * BULK, () -> uniform(-40.0, 710.0), f, StrictMath::expm1, 2.0);
    bulk("expm1", 2 * BULK, () -> logUniform(-70, 1, true), f, StrictMath::expm1, 2.0);
    double max = exact("expm1", EXACT, () -> uniform(-40.0, 709.0), f, ExactReference::expm1, TARGET);
    max = Math.max(max, exact("expm1", EXACT, () -> logUniform(-70, 1, true), f, ExactReference::expm1, TARGET));
    report("expm1", max);
  }

  @Test
  void log1p() {
    DoubleUnaryOperator f = ExpLog::log1p;
    bulk("log1p", BULK, this::anyPositive, f, StrictMath::log1p, 2.0);
    bulk("log1p", BULK, () -> -random.nextDouble(), f, StrictMath::log1p, 2.0);
    bulk("log1p", 2 * BULK, () -> 0.99 * logUniform(-70, 0, true), f, StrictMath::log1p, 2.0);
    double max = exact("log1p", EXACT, () -> 0.99 * logUniform(-70, 0, true), f, ExactReference::ln1p, TARGET);
    max = Math.max(max, exact("log1p", EXACT, this::anyPositive, f, ExactReference::ln1p, TARGET));
    report("log1p", max);
  }

  @Test
  void sinhCoshTanh() {
    double hyperbolicStrict = 2 * 2.5;
    bulk("sinh", BULK, () -> uniform(-711.0, 711.0), ExpLog::sinh, StrictMath::sinh, hyperbolicStrict);
    bulk("sinh", BULK, () -> logUniform(-40, 5, true), ExpLog::sinh, StrictMath::sinh, hyperbolicStrict);
    bulk("cosh", BULK, () -> uniform(-711.0, 711.0), ExpLog::cosh, StrictMath::cosh, hyperbolicStrict);
    bulk("cosh", BULK, () -> logUniform(-40, 5, true), ExpLog::cosh, StrictMath::cosh, hyperbolicStrict);
    bulk("tanh", BULK, () -> uniform(-25.0, 25.0), ExpLog::tanh, StrictMath::tanh, hyperbolicStrict);
    bulk("tanh", BULK, () -> logUniform(-40, 5, true), ExpLog::tanh, StrictMath::tanh, hyperbolicStrict);
    report("sinh", Math.max(
        exact("sinh", EXACT, () -> uniform(-30.0, 30.0), ExpLog::sinh, ExactReference::sinh, HYPERBOLIC_TARGET),
        exact("sinh", EXACT, () -> logUniform(-40, 2, true), ExpLog::sinh, ExactReference::sinh,
            HYPERBOLIC_TARGET)));
    report("cosh", exact("cosh", EXACT, () -> uniform(-30.0, 30.0), ExpLog::cosh, ExactReference::cosh,
        HYPERBOLIC_TARGET));
    report("tanh", Math.max(
        exact("tanh", EXACT, () -> uniform(-5.0, 5.0), ExpLog::tanh, ExactReference::tanh, HYPERBOLIC_TARGET),
        exact("tanh", EXACT, () -> logUniform(-40, 2, true), ExpLog::tanh, ExactReference::tanh,
            HYPERBOLIC_TARGET)));
  }

  @Test
  void cbrt() {
    DoubleUnaryOperator f = ExpLog::cbrt;
    bulk("cbrt", 4 * BULK, () -> Double.longBitsToDouble(random.nextLong()), f, StrictMath::cbrt, 2.0);
    DoubleSupplier finite = () -> random.nextBoolean() ? anyPositive() : -anyPositive();
    report("cbrt", exact("cbrt", EXACT, finite, f, ExactReference::cbrt, TARGET));
  }

  @Test
  void hypot() {
    double[] other = new double[1];
    DoubleUnaryOperator f = x -> ExpLog.hypot(x, other[0]);
    DoubleSupplier pairs = () -> {
      double x = anyPositive();
      int exponent = Math.min(Math.getExponent(x) + random.nextInt(-60, 60), Double.MAX_EXPONENT);
      other[0] = Math.scalb(random.nextDouble(-1.0, 1.0), exponent);
      return random.nextBoolean() ? -x : x;
    };
    DoubleSupplier subnormalResults = () -> { // rounded once on the subnormal grid, not twice
      other[0] = Math.scalb(random.nextDouble(), -1022 - random.nextInt(0, 20));
      return Math.scalb(random.nextDouble(), -1022 - random.nextInt(0, 3));
    };
    bulk("hypot", 4 * BULK, pairs, f, x -> StrictMath.hypot(x, other[0]), 2.0);
    double max = exact("hypot", EXACT, pairs, f, x -> ExactReference.hypot(x, other[0]), TARGET);
    max = Math.max(max, exact("hypot", EXACT, subnormalResults, f, x -> ExactReference.hypot(x, other[0]), TARGET));
    report("hypot", max);
  }

  @Test
  void pow() {
    double[] exponent = new double[1];
    DoubleUnaryOperator f = x -> ExpLog.pow(x, exponent[0]);
    // y spread so that |y log x| covers the whole range of finite results, subnormals included
    DoubleSupplier anyBase = () -> {
      double x = anyPositive();
      exponent[0] = random.nextDouble(-1.0, 1.0) * 760.0 / Math.max(Math.abs(StrictMath.log(x)), 1e-300);
      return x;
    };
    DoubleSupplier baseNearOne = () -> {
      double x = nearOne();
      double log = Math.abs(StrictMath.log(x));
      exponent[0] = random.nextDouble(-1.0, 1.0) * (log == 0.0 ? 5.0 : 740.0 / log);
      return x;
    };
    DoubleSupplier negativeBase = () -> {
      exponent[0] = random.nextInt(-300, 300);
      return -logUniform(-20, 20, false);
    };
    bulk("pow", 2 * BULK, anyBase, f, x -> StrictMath.pow(x, exponent[0]), 2.0);
    bulk("pow", 2 * BULK, negativeBase, f, x -> StrictMath.pow(x, exponent[0]), 2.0);
    // StrictMath.pow errs by hundreds of ulps near x = 1 with huge y, so that region is checked exactly only.
    double max = exact("pow", EXACT, anyBase, f, x -> ExactReference.pow(x, exponent[0]), POW_TARGET);
    max = Math.max(max, exact("pow", 2 * EXACT, baseNearOne, f, x -> ExactReference.pow(x, exponent[0]),
        POW_TARGET));
    max = Math.max(max, exact("pow", EXACT, negativeBase, f, x -> ExactReference.pow(x, exponent[0]), POW_TARGET));
    report("pow", max);
  }

  // -------------------------------------------------------------------------------- special cases

  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void expSpecialCases() {
    assertEquals(NAN, ExpLog.exp(NAN));
    assertEquals(INF, ExpLog.exp(INF));
    assertEquals(0.0, ExpLog.exp(-INF));
    assertEquals(1.0, ExpLog.exp(0.0));
    assertEquals(1.0, ExpLog.exp(-0.0));
    assertEquals(0x1.fffffffffff2ap1023, ExpLog.exp(709.782712893384)); // the largest finite result
    assertEquals(INF, ExpLog.exp(Math.nextUp(709.782712893384)));
    assertEquals(Double.MIN_VALUE, ExpLog.exp(-745.1332191019411));
    assertEquals(0.0, ExpLog.exp(-745.1332191019412));
    assertEquals(0.0, ExpLog.exp(-800.0));
    assertEquals(Math.E, ExpLog.exp(1.0));
    for (double x : new double[] {-708.4, -720.0, -740.5, -744.9}) { // subnormal results, rounded once
      assertEquals(StrictMath.exp(x), ExpLog.exp(x), "exp(" + x + ")");
    }

    assertEquals(NAN, ExpLog.expm1(NAN));
    assertEquals(INF, ExpLog.expm1(INF));
    assertEquals(-1.0, ExpLog.expm1(-INF));
    assertEquals(-1.0, ExpLog.expm1(-40.0));
    assertEquals(0.0, ExpLog.expm1(0.0));
    assertEquals(-0.0, ExpLog.expm1(-0.0));
    assertEquals(Double.MIN_VALUE, ExpLog.expm1(Double.MIN_VALUE));
    assertEquals(-0x1p-60, ExpLog.expm1(-0x1p-60));
    assertEquals(INF, ExpLog.expm1(710.0));
  }

  @Test
  void logSpecialCases() {
    for (DoubleUnaryOperator log : new DoubleUnaryOperator[] {ExpLog::log, ExpLog::log10}) {
      assertEquals(NAN, log.applyAsDouble(NAN));
      assertEquals(NAN, log.applyAsDouble(-1.0));
      assertEquals(NAN, log.applyAsDouble(-INF));
      assertEquals(NAN, log.applyAsDouble(-Double.MIN_VALUE));
      assertEquals(INF, log.applyAsDouble(INF));
      assertEquals(-INF, log.applyAsDouble(0.0));
      assertEquals(-INF, log.applyAsDouble(-0.0));
      assertEquals(0.0, log.applyAsDouble(1.0));
    }
    assertEquals(-744.4400719213812, ExpLog.log(Double.MIN_VALUE));
    assertEquals(StrictMath.log(Double.MAX_VALUE), ExpLog.log(Double.MAX_VALUE));
    double power = 1.0;
    for (int n = 0; n <= 22; n++) { // 10^n is exact up to 10^22
      assertEquals(n, ExpLog.log10(power), "log10(1e" + n + ")");
      power *= 10.0;
    }
    for (int n = -307; n <= 308; n++) { // and the nearest (normal) double to 10^n still gives n
      assertEquals(n, ExpLog.log10(Double.parseDouble("1e" + n)), "log10(1e" + n + ")");
    }

    assertEquals(NAN, ExpLog.log1p(NAN));
    assertEquals(NAN, ExpLog.log1p(-1.5));
    assertEquals(NAN, ExpLog.log1p(-INF));
    assertEquals(-INF, ExpLog.log1p(-1.0));
    assertEquals(INF, ExpLog.log1p(INF));
    assertEquals(0.0, ExpLog.log1p(0.0));
    assertEquals(-0.0, ExpLog.log1p(-0.0));
    assertEquals(-Double.MIN_VALUE, ExpLog.log1p(-Double.MIN_VALUE));
    assertEquals(0x1p-60, ExpLog.log1p(0x1p-60));
  }

  @Test
  void hyperbolicSpecialCases() {
    for (DoubleUnaryOperator odd : new DoubleUnaryOperator[] {ExpLog::sinh, ExpLog::tanh}) {
      assertEquals(NAN, odd.applyAsDouble(NAN));
      assertEquals(0.0, odd.applyAsDouble(0.0));
      assertEquals(-0.0, odd.applyAsDouble(-0.0));
      assertEquals(Double.MIN_VALUE, odd.applyAsDouble(Double.MIN_VALUE));
      assertEquals(-0x1p-30, odd.applyAsDouble(-0x1p-30));
    }
    assertEquals(INF, ExpLog.sinh(INF));
    assertEquals(-INF, ExpLog.sinh(-INF));
    assertEquals(1.0, ExpLog.tanh(INF));
    assertEquals(-1.0, ExpLog.tanh(-INF));
    assertEquals(1.0, ExpLog.tanh(22.0));
    assertEquals(-1.0, ExpLog.tanh(-40.0));
    assertEquals(NAN, ExpLog.cosh(NAN));
    assertEquals(INF, ExpLog.cosh(INF));
    assertEquals(INF, ExpLog.cosh(-INF));
    assertEquals(1.0, ExpLog.cosh(0.0));
    assertEquals(1.0, ExpLog.cosh(-0.0));
    assertEquals(1.0, ExpLog.cosh(0x1p-30));
    // sinh and cosh overflow only where e^|x|/2 does, at 710.4758600739439
    double lastFinite = 710.4758600739439;
    assertTrue(ExpLog.sinh(lastFinite) < INF);
    assertTrue(ExpLog.cosh(-lastFinite) < INF);
    assertEquals(-INF, ExpLog.sinh(-Math.nextUp(lastFinite)));
    assertEquals(INF, ExpLog.cosh(Math.nextUp(lastFinite)));
  }

  @Test
  void powSpecialCases() {
    double[] anything = {NAN, INF, -INF, 0.0, -0.0, 1.0, -1.0, 2.5, -3.0, Double.MIN_VALUE};
    for (double x : anything) {
      assertEquals(1.0, ExpLog.pow(x, 0.0), "pow(" + x + ", 0)");
      assertEquals(1.0, ExpLog.pow(x, -0.0), "pow(" + x + ", -0)");
      assertEquals(x, ExpLog.pow(x, 1.0), "pow(" + x + ", 1)");
      assertEquals(NAN, ExpLog.pow(x, NAN), "pow(" + x + ", NaN)");
    }
    assertEquals(NAN, ExpLog.pow(NAN, 2.0));
    assertEquals(INF, ExpLog.pow(1.5, INF));
    assertEquals(INF, ExpLog.pow(-0.5, -INF));
    assertEquals(0.0, ExpLog.pow(-1.5, -INF));
    assertEquals(0.0, ExpLog.pow(0.5, INF));
    assertEquals(NAN, ExpLog.pow(1.0, INF));
    assertEquals(NAN, ExpLog.pow(-1.0, -INF));
    assertEquals(0.0, ExpLog.pow(0.0, 3.0));
    assertEquals(0.0, ExpLog.pow(INF, -3.0));
    assertEquals(INF, ExpLog.pow(0.0, -3.0));
    assertEquals(INF, ExpLog.pow(INF, 0.5));
    assertEquals(0.0, ExpLog.pow(-0.0, 2.0));
    assertEquals(0.0, ExpLog.pow(-0.0, 0.5));
    assertEquals(0.0, ExpLog.pow(-INF, -2.0));
    assertEquals(-0.0, ExpLog.pow(-0.0, 3.0));
    assertEquals(-0.0, ExpLog.pow(-INF, -3.0));
    assertEquals(INF, ExpLog.pow(-0.0, -2.0));
    assertEquals(INF, ExpLog.pow(-0.0, -0.5));
    assertEquals(INF, ExpLog.pow(-INF, 2.0));
    assertEquals(-INF, ExpLog.pow(-0.0, -3.0));
    assertEquals(-INF, ExpLog.pow(-INF, 3.0));
    assertEquals(NAN, ExpLog.pow(-8.0, 1.0 / 3.0));
    assertEquals(NAN, ExpLog.pow(-2.0, 0.5));
    assertEquals(-8.0, ExpLog.pow(-2.0, 3.0));
    assertEquals(16.0, ExpLog.pow(-2.0, 4.0));
    assertEquals(-0.125, ExpLog.pow(-2.0, -3.0));
    assertEquals(1.0, ExpLog.pow(-1.0, 0x1p60)); // every |y| >= 2^53 is an even integer
    assertEquals(-1.0, ExpLog.pow(-1.0, 0x1p53 - 1));
    assertEquals(INF, ExpLog.pow(-2.0, 0x1p60));
    assertEquals(INF, ExpLog.pow(10.0, 400.0));
    assertEquals(0.0, ExpLog.pow(10.0, -400.0));
    assertEquals(-0.0, ExpLog.pow(-10.0, -401.0));
    // exact integer results come out exact
    for (int k = -1074; k <= 1023; k++) {
      assertEquals(Math.scalb(1.0, k), ExpLog.pow(2.0, k), "2^" + k);
      assertEquals(Math.scalb(1.0, k), ExpLog.pow(0.5, -k), "0.5^" + -k);
    }
    double power = 1.0;
    for (int n = 0; n <= 22; n++) {
      assertEquals(power, ExpLog.pow(10.0, n), "10^" + n);
      power *= 10.0;
    }
    for (int b = -15; b <= 15; b++) {
      long exact = 1;
      for (int n = 0; n <= 13; n++) { // |b|^13 < 2^53
        assertEquals((double) exact, ExpLog.pow(b, n), b + "^" + n);
        exact *= b;
      }
    }
    assertEquals(3.0, ExpLog.pow(9.0, 0.5));
    // near 1 with a large exponent the logarithm must be good to about 2^-70 (StrictMath errs by 500 ulps here)
    assertTrue(ExactReference.ulpError(ExpLog.pow(1.0142710903813512, -26179.159441918528),
        ExactReference.pow(1.0142710903813512, -26179.159441918528)) < 0.5);
    assertEquals(2.0, ExpLog.pow(8.0, 1.0 / 3.0) , 4 * Math.ulp(2.0));
  }

  @Test
  void rootSpecialCases() {
    assertEquals(NAN, ExpLog.cbrt(NAN));
    assertEquals(INF, ExpLog.cbrt(INF));
    assertEquals(-INF, ExpLog.cbrt(-INF));
    assertEquals(0.0, ExpLog.cbrt(0.0));
    assertEquals(-0.0, ExpLog.cbrt(-0.0));
    assertEquals(3.0, ExpLog.cbrt(27.0));
    assertEquals(-2.0, ExpLog.cbrt(-8.0));
    assertEquals(0x1p-358, ExpLog.cbrt(0x1p-1074));
    assertEquals(0x1p341, ExpLog.cbrt(0x1p1023));
    for (int k = -1074; k <= 1023; k += 3) {
      assertEquals(Math.scalb(1.0, Math.floorDiv(k, 3)), ExpLog.cbrt(Math.scalb(1.0, k - Math.floorMod(k, 3))));
    }

    assertEquals(INF, ExpLog.hypot(INF, NAN));
    assertEquals(INF, ExpLog.hypot(NAN, -INF));
    assertEquals(INF, ExpLog.hypot(-INF, 1.0));
    assertEquals(NAN, ExpLog.hypot(NAN, 1.0));
    assertEquals(NAN, ExpLog.hypot(0.0, NAN));
    assertEquals(0.0, ExpLog.hypot(-0.0, 0.0));
    assertEquals(5.0, ExpLog.hypot(3.0, -4.0));
    assertEquals(13.0, ExpLog.hypot(-5.0, 12.0));
    assertEquals(2.5, ExpLog.hypot(-2.5, -0.0));
    assertEquals(5 * Double.MIN_VALUE, ExpLog.hypot(3 * Double.MIN_VALUE, 4 * Double.MIN_VALUE));
    assertEquals(5 * 0x1p1000, ExpLog.hypot(3 * 0x1p1000, 4 * 0x1p1000));
    assertEquals(INF, ExpLog.hypot(Double.MAX_VALUE, Double.MAX_VALUE));
    assertEquals(Double.MAX_VALUE, ExpLog.hypot(Double.MAX_VALUE, 1.0));
  }

  // -------------------------------------------------------------------------------- monotonicity

  @Test
  void monotoneAcrossSwitchPoints() {
    int steps = 2000;
    double[] expPoints = {0.0, 0x1p-54, Math.log(2) / 128, -Math.log(2) / 128, 1.0, -708.3964185322641,
        709.782712893384, -745.1332191019411, 22.0};
    for (double p : expPoints) {
      double start = p;
      for (int i = 0; i < steps / 2; i++) {
        start = Math.nextDown(start);
      }
      monotone("exp", ExpLog::exp, start, steps, 1);
      monotone("expm1", ExpLog::expm1, start, steps, 1);
      monotone("sinh", ExpLog::sinh, start, steps, 1);
      monotone("tanh", ExpLog::tanh, start, steps, 1);
      monotone("cosh", ExpLog::cosh, Math.abs(start), steps, 1);
    }
    monotone("tanh", ExpLog::tanh, Math.nextDown(0.25541281188299536) - 1000 * Math.ulp(0.25), steps, 1);
    double[] logPoints = {1.0, 0.6875, 1.375, 0.75, 2.0, 1.0 + 0x1p-8, 1.0 - 0x1p-9, Double.MIN_NORMAL, 10.0};
    for (double p : logPoints) {
      double start = p;
      for (int i = 0; i < steps / 2; i++) {
        start = Math.nextDown(start);
      }
      monotone("log", ExpLog::log, start, steps, 1);
      monotone("log10", ExpLog::log10, start, steps, 1);
      monotone("log1p", ExpLog::log1p, start - 1.0, steps, 1);
      monotone("cbrt", ExpLog::cbrt, start, steps, 1);
      monotone("pow(x, 2.5)", x -> ExpLog.pow(x, 2.5), start, steps, 1);
      monotone("pow(x, -7)", x -> ExpLog.pow(x, -7.0), start, steps, -1);
      monotone("pow(1.5, y)", y -> ExpLog.pow(1.5, y), start, steps, 1);
      monotone("hypot(x, 1)", x -> ExpLog.hypot(x, 1.0), start, steps, 1);
    }
    for (int i = 0; i < 200; i++) { // and at random places
      double x = logUniform(-30, 9, true);
      monotone("exp", ExpLog::exp, x, 100, 1);
      monotone("expm1", ExpLog::expm1, x, 100, 1);
      monotone("sinh", ExpLog::sinh, x, 100, 1);
      monotone("tanh", ExpLog::tanh, x, 100, 1);
      double positive = Math.abs(x);
      monotone("log", ExpLog::log, positive, 100, 1);
      monotone("log1p", ExpLog::log1p, positive, 100, 1);
      monotone("cosh", ExpLog::cosh, positive, 100, 1);
      monotone("cbrt", ExpLog::cbrt, x, 100, 1);
    }
  }

  // -------------------------------------------------------------------------------- tables

  @Test
  void tablesAreTheRoundedExactValues() {
    for (int j = 0; j < 64; j++) {
      BigDecimal exact = ExactReference.exp(ExactReference.LN2.multiply(BigDecimal.valueOf(j))
          .divide(BigDecimal.valueOf(64), new MathContext(60)));
      assertPair(exact, ExpLog.exp2Table(2 * j), ExpLog.exp2Table(2 * j + 1), "2^(" + j + "/64)");
    }
    for (int i = 0; i < 128; i++) {
      double invC = ExpLog.logTable(3 * i);
      // the interval's z values times invC stay within 2^-7 of 1
      double from = i < 80 ? 0.6875 + i / 256.0 : 1.0 + (i - 80) / 128.0;
      double to = from + (i < 80 ? 1 / 256.0 : 1 / 128.0);
      assertTrue(Math.abs(from * invC - 1.0) <= 0x1p-7 && Math.abs(to * invC - 1.0) <= 0x1p-7, "interval " + i);
      BigDecimal exact = ExactReference.ln(new BigDecimal(invC)).negate();
      assertPair(exact, ExpLog.logTable(3 * i + 1), ExpLog.logTable(3 * i + 2), "-ln(invC[" + i + "])");
    }
  }

  private static void assertPair(BigDecimal exact, double hi, double lo, String what) {
    assertEquals(exact.doubleValue(), hi, what + " high part");
    assertEquals(exact.subtract(new BigDecimal(hi)).doubleValue(), lo, what + " low part");
  }

  @Test
  void hypotIsSymmetric() {
    DoubleBinaryOperator hypot = ExpLog::hypot;
    for (int i = 0; i < 10_000; i++) {
      double x = logUniform(-1074, 1023, true);
      double y = logUniform(-1074, 1023, true);
      assertEquals(hypot.applyAsDouble(x, y), hypot.applyAsDouble(y, -x));
    }
  }
}
