package dev.geobacter.fuzz.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeComparisonTest {
  private static final KernelClass EXACT = new KernelClass("fuzz.K", null, List.of());
  private static final KernelClass TWO_SLOTS = new KernelClass("fuzz.K", null, List.of(1.0, 2.5));

  private static Outcome done(Object... args) {
    return new Outcome.Completed("test", args);
  }

  @Test
  void integersAreComparedExactlyAndTheFirstDifferenceIsNamed() {
    assertNull(OutcomeComparison.compare(done(3, new int[] {1, 2}), done(3, new int[] {1, 2}), EXACT));
    Mismatch m = OutcomeComparison.compare(done(3, new int[] {1, 2, 3}), done(3, new int[] {1, 5, 4}), EXACT);
    assertNotNull(m);
    assertEquals("argument 2 (int[])[1]", m.where());
    assertEquals("2", m.expected());
    assertEquals("5", m.actual());
  }

  @Test
  void floatsAreComparedByBitsButAnyNanEqualsAnyNan() {
    float otherNan = Float.intBitsToFloat(0x7fc00001);
    assertNull(OutcomeComparison.compare(done(new float[] {Float.NaN}), done(new float[] {otherNan}), EXACT));
    assertNotNull(OutcomeComparison.compare(done(new float[] {-0f}), done(new float[] {0f}), EXACT));
    assertNotNull(OutcomeComparison.compare(done(new double[] {1.0}), done(new double[] {Math.nextUp(1.0)}), EXACT));
    assertNotNull(OutcomeComparison.compare(done(new boolean[] {true}), done(new boolean[] {false}), EXACT));
    assertNotNull(OutcomeComparison.compare(done(new char[] {'a'}), done(new char[] {'b'}), EXACT));
  }

  @Test
  void approximateSlotsUseTheirOwnBoundOnlyInTheLastArray() {
    double x = 0.7;
    double twoUlps = x + 2 * Math.ulp(x);
    double fiveUlps = x + 5 * Math.ulp(x);
    assertNull(OutcomeComparison.compare(done(new double[] {x, x}), done(new double[] {twoUlps, fiveUlps}), TWO_SLOTS));
    Mismatch m = OutcomeComparison.compare(done(new double[] {x, x}), done(new double[] {fiveUlps, x}), TWO_SLOTS);
    assertNotNull(m);
    assertTrue(m.where().startsWith("argument 1 (double[])[0] (bound 1.0 ulps"), m.where());
    // Arrays before the last are exact even when the kernel has approximate slots.
    assertNotNull(OutcomeComparison.compare(done(new double[] {x}, new double[] {x, x}),
        done(new double[] {twoUlps}, new double[] {x, x}), TWO_SLOTS));
  }

  @Test
  void exceptionsMustMatchInClassMessageAndKernelFrame() {
    Outcome div = new Outcome.Threw("jvm", new ArithmeticException("/ by zero"), "kernel:12");
    assertNull(OutcomeComparison.compare(div, new Outcome.Threw("d", new ArithmeticException("/ by zero"), "kernel:12"),
        EXACT));
    assertNull(OutcomeComparison.compare(div, new Outcome.Threw("d", new ArithmeticException("/ by zero"), null), EXACT));
    // Compiled devices append the kernel position to the JVM's message; anything else differs.
    assertNull(OutcomeComparison.compare(div,
        new Outcome.Threw("d", new ArithmeticException("/ by zero at K.kernel(K.java:12)"), null), EXACT));
    assertNotNull(OutcomeComparison.compare(div,
        new Outcome.Threw("d", new ArithmeticException("/ by zero in another form"), null), EXACT));
    assertNotNull(OutcomeComparison.compare(div,
        new Outcome.Threw("d", new ArithmeticException("/ by zero at K.kernel(K.java:12) and more"), null), EXACT));
    assertNotNull(OutcomeComparison.compare(div, new Outcome.Threw("d", new IllegalStateException("/ by zero"), null),
        EXACT));
    assertNotNull(OutcomeComparison.compare(div, new Outcome.Threw("d", new ArithmeticException("/ by zero"), "h0:3"),
        EXACT));
    assertNotNull(OutcomeComparison.compare(div, done(new int[] {1}), EXACT));
    // The JVM's fast-thrown exception (no message, no trace) matches by class only.
    ArithmeticException fast = new ArithmeticException();
    fast.setStackTrace(new StackTraceElement[0]);
    Outcome fastDiv = new Outcome.Threw("jvm", fast, null);
    assertNull(OutcomeComparison.compare(fastDiv,
        new Outcome.Threw("d", new ArithmeticException("/ by zero at K.kernel(K.java:12)"), "kernel:12"), EXACT));
    assertNotNull(OutcomeComparison.compare(fastDiv,
        new Outcome.Threw("d", new ArrayIndexOutOfBoundsException("Index 1 out of bounds for length 1"), null), EXACT));
    assertNotNull(OutcomeComparison.compare(done(new int[] {1}), new Outcome.TimedOut("d", 5), EXACT));
  }
}
