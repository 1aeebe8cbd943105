package dev.geobacter.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The kernel math library's trigonometry, run as plain Java, against StrictMath on random inputs
 * over every exponent range, plus the javadoc's special cases.
 */
class TrigonometryAccuracyTest {
  private static final int SAMPLES = 1_000_000;

  @Test
  void sinCosTanAreWithinOneUlpOverAllExponents() {
    assertMaxUlps("sin", Trigonometry::sin, StrictMath::sin, 1.0, RandomDoubles::anyExponent);
    assertMaxUlps("cos", Trigonometry::cos, StrictMath::cos, 1.0, RandomDoubles::anyExponent);
    assertMaxUlps("tan", Trigonometry::tan, StrictMath::tan, 1.0, RandomDoubles::anyExponent);
  }

  @Test
  void sinCosTanAreWithinOneUlpOnTheMediumRange() {
    assertMaxUlps("sin", Trigonometry::sin, StrictMath::sin, 1.0, r -> RandomDoubles.uniform(r, 1e4));
    assertMaxUlps("cos", Trigonometry::cos, StrictMath::cos, 1.0, r -> RandomDoubles.uniform(r, 1e4));
    assertMaxUlps("tan", Trigonometry::tan, StrictMath::tan, 1.0, r -> RandomDoubles.uniform(r, 1e4));
  }

  @Test
  void hardArgumentsForReductionAreReducedExactly() {
    // Doubles very close to multiples of pi/2, where the reduced argument loses 60 bits.
    double[] hard = {6381956970095103.0 * 0x1p797, 5.319372648326541e255, 1.5707963267948966, 3.141592653589793,
        0x1p24 * 1.5707963267948966, 1e22, 1e300, Double.MAX_VALUE, 0x1p24, Math.nextDown(0x1p24), 0x1.0p1000,
        8.0 * Math.PI * 0x1p40, 355.0, 103993.0, 104348.0, 411557987.0, 6.283185307179586e15};
    for (double x : hard) {
      for (double v : new double[] {x, -x, Math.nextUp(x), Math.nextDown(x)}) {
        assertTrue(UlpError.of(Trigonometry.sin(v), StrictMath.sin(v)) <= 1.0, () -> "sin " + v);
        assertTrue(UlpError.of(Trigonometry.cos(v), StrictMath.cos(v)) <= 1.0, () -> "cos " + v);
        assertTrue(UlpError.of(Trigonometry.tan(v), StrictMath.tan(v)) <= 1.0, () -> "tan " + v);
      }
    }
  }

  @Test
  void inverseFunctionsAreWithinTheirBounds() {
    assertMaxUlps("asin", ArcSine::asin, StrictMath::asin, 1.0, RandomDoubles::unitInterval);
    assertMaxUlps("acos", ArcSine::acos, StrictMath::acos, 1.0, RandomDoubles::unitInterval);
    assertMaxUlps("atan", ArcTangent::atan, StrictMath::atan, 1.0, RandomDoubles::anyExponent);
    assertMaxUlps2("atan2", ArcTangent::atan2, StrictMath::atan2, 2.0);
  }

  @Test
  void specialCasesFollowTheJavadoc() {
    double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.5, -0.5,
        Math.nextUp(1.0), Math.nextDown(-1.0), 0x1p-27, 0x1p-28, 0.4375, 0.6744, 1.1875, 2.4375, 0x1p66, 0.975};
    for (double x : specials) {
      assertSameOrClose("sin", Trigonometry.sin(x), StrictMath.sin(x), x);
      assertSameOrClose("cos", Trigonometry.cos(x), StrictMath.cos(x), x);
      assertSameOrClose("tan", Trigonometry.tan(x), StrictMath.tan(x), x);
      assertSameOrClose("asin", ArcSine.asin(x), StrictMath.asin(x), x);
      assertSameOrClose("acos", ArcSine.acos(x), StrictMath.acos(x), x);
      assertSameOrClose("atan", ArcTangent.atan(x), StrictMath.atan(x), x);
      for (double y : specials) {
        double expected = StrictMath.atan2(y, x);
        double actual = ArcTangent.atan2(y, x);
        assertTrue(UlpError.of(actual, expected) <= 2.0, () -> "atan2(" + y + ", " + x + ") = " + actual
            + ", StrictMath " + expected);
      }
    }
    // Exact values the javadoc names.
    assertEquals(Math.PI / 2, ArcTangent.atan2(1.0, 0.0));
    assertEquals(-Math.PI, ArcTangent.atan2(-0.0, -1.0));
    assertEquals(0.0, ArcSine.acos(1.0));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Trigonometry.tan(-0.0)));
  }

  @Test
  void resultsAreSemiMonotonic() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < SAMPLES / 4; i++) {
      double x = RandomDoubles.anyExponent(random);
      double next = Math.nextUp(x);
      assertMonotoneLike("sin", Trigonometry.sin(x), Trigonometry.sin(next), StrictMath.sin(x), StrictMath.sin(next), x);
      assertMonotoneLike("cos", Trigonometry.cos(x), Trigonometry.cos(next), StrictMath.cos(x), StrictMath.cos(next), x);
      assertMonotoneLike("tan", Trigonometry.tan(x), Trigonometry.tan(next), StrictMath.tan(x), StrictMath.tan(next), x);
      assertMonotoneLike("atan", ArcTangent.atan(x), ArcTangent.atan(next), StrictMath.atan(x), StrictMath.atan(next), x);
      double u = RandomDoubles.unitInterval(random);
      double un = Math.nextUp(u);
      assertMonotoneLike("asin", ArcSine.asin(u), ArcSine.asin(un), StrictMath.asin(u), StrictMath.asin(un), u);
      assertMonotoneLike("acos", ArcSine.acos(u), ArcSine.acos(un), StrictMath.acos(u), StrictMath.acos(un), u);
    }
  }

  /** Where the reference rises (falls) from x to its successor, ours must not fall (rise). */
  private static void assertMonotoneLike(String name, double at, double atNext, double ref, double refNext, double x) {
    if (refNext > ref) assertTrue(atNext >= at, () -> name + " decreases after " + x);
    if (refNext < ref) assertTrue(atNext <= at, () -> name + " increases after " + x);
  }

  private static void assertSameOrClose(String name, double actual, double expected, double x) {
    assertTrue(UlpError.of(actual, expected) <= 1.0, () -> name + "(" + x + ") = " + actual + ", StrictMath "
        + expected);
  }

  interface Inputs {
    double next(SplittableRandom random);
  }

  private static void assertMaxUlps(String name, DoubleUnaryOperator ours, DoubleUnaryOperator reference, double bound,
      Inputs inputs) {
    SplittableRandom random = new SplittableRandom(name.hashCode());
    double worst = 0;
    double worstAt = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = inputs.next(random);
      double error = UlpError.of(ours.applyAsDouble(x), reference.applyAsDouble(x));
      if (error > worst) {
        worst = error;
        worstAt = x;
      }
    }
    double at = worstAt;
    double max = worst;
    System.out.printf("%s: max %.3f ulps from StrictMath (at %s)%n", name, max, at);
    assertTrue(max <= bound, () -> name + " is " + max + " ulps from StrictMath at " + at);
  }

  private static void assertMaxUlps2(String name, DoubleBinaryOperator ours, DoubleBinaryOperator reference,
      double bound) {
    SplittableRandom random = new SplittableRandom(name.hashCode());
    double worst = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double y = RandomDoubles.anyExponent(random);
      double x = RandomDoubles.anyExponent(random);
      double error = UlpError.of(ours.applyAsDouble(y, x), reference.applyAsDouble(y, x));
      if (error > worst) worst = error;
      double max = worst;
      assertTrue(max <= bound, () -> name + "(" + y + ", " + x + ") is " + max + " ulps from StrictMath");
    }
    System.out.printf("%s: max %.3f ulps from StrictMath%n", name, worst);
  }
}
