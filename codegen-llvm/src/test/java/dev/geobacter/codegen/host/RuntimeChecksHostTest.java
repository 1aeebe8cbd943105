package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import dev.geobacter.codegen.testing.JavaReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failed checks stop the kernel and come back as the JVM's own exception, with the JVM's message,
 * the kernel's source position and the kernel frame on top of the stack trace.
 */
class RuntimeChecksHostTest {
  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Checks", """
        import static dev.geobacter.Gpu.*;
        class Checks {
          static void shifted(int[] data, int shift) {
            int i = globalId(0);
            data[i - shift] = i;
          }

          static void divide(int[] data, int[] divisors) {
            int i = globalId(0);
            data[i] = data[i] / divisors[i];
          }

          static void floorModZero(int[] data, int divisor) {
            data[globalId(0)] = Math.floorMod(data[globalId(0)], divisor);
          }

          static void remainderLong(long[] data, long divisor) {
            int i = globalId(0);
            data[i] %= divisor;
          }

          static int helper(int[] data, int index) {
            return data[index] * 2;
          }

          static void saxpy(float a, float[] x, float[] y) {
            int i = globalId(0);
            if (i < x.length) y[i] = a * x[i] + y[i];
          }

          static void viaCall(int[] data, int[] out) {
            int i = globalId(0);
            out[i] = -1;
            out[i] = helper(data, i + 3);
            out[i] = 5;
          }
        }
        """);
  }

  private static String jvmMessage(Executable code) {
    try {
      code.run();
    } catch (Throwable t) {
      return t.getMessage();
    }
    throw new AssertionError("the JVM raised nothing");
  }

  private interface Executable {
    void run() throws Throwable;
  }

  @Test
  void negativeIndexIsReportedLikeTheJvm() {
    String jvm = jvmMessage(() -> JavaReference.run(kernels, "shifted", Grid.of(8, 8), new int[8], 1));
    ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class, () ->
        HostDifferential.compile(kernels, "shifted", CodegenOptions.defaults()).launch(Grid.of(8, 8), new int[8], 1));
    assertEquals(jvm + " at Checks.shifted(Checks.java:5)", e.getMessage());
    assertEquals("Index -1 out of bounds for length 8 at Checks.shifted(Checks.java:5)", e.getMessage());
    StackTraceElement top = e.getStackTrace()[0];
    assertEquals("Checks", top.getClassName());
    assertEquals("Checks.java", top.getFileName());
    assertEquals(5, top.getLineNumber());
  }

  @Test
  void integerDivisionByZeroRaisesArithmeticException() {
    ArithmeticException e = assertThrows(ArithmeticException.class, () ->
        HostDifferential.compile(kernels, "divide", CodegenOptions.defaults())
            .launch(Grid.of(4, 4), new int[] {1, 2, 3, 4}, new int[] {1, 1, 0, 1}));
    assertEquals("/ by zero at Checks.divide(Checks.java:10)", e.getMessage());
  }

  @Test
  void floorModByZeroFailsAtTheCall() {
    ArithmeticException e = assertThrows(ArithmeticException.class, () ->
        HostDifferential.compile(kernels, "floorModZero", CodegenOptions.defaults())
            .launch(Grid.of(2, 2), new int[] {5, 6}, 0));
    assertEquals("/ by zero at Checks.floorModZero(Checks.java:14)", e.getMessage());
  }

  @Test
  void longRemainderByZeroRaisesArithmeticException() {
    ArithmeticException e = assertThrows(ArithmeticException.class, () ->
        HostDifferential.compile(kernels, "remainderLong", CodegenOptions.defaults())
            .launch(Grid.of(2, 2), new long[] {5, 6}, 0L));
    assertEquals("/ by zero at Checks.remainderLong(Checks.java:19)", e.getMessage());
  }

  @Test
  void aFailureInACalleeStopsTheCallerAndNamesTheCalleesLine() {
    int[] data = new int[8];
    int[] out = new int[8];
    ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class, () ->
        HostDifferential.compile(kernels, "viaCall", CodegenOptions.defaults()).launch(Grid.of(8, 8), data, out));
    assertEquals("Index 8 out of bounds for length 8 at Checks.helper(Checks.java:23)", e.getMessage());
    // Work-items 0-4 finished; 5 failed in helper and never wrote 5; the launch stopped after it.
    assertArrayEquals(new int[] {5, 5, 5, 5, 5, -1, 0, 0}, out);
  }

  @Test
  void aCheckInAVectorizedLoopStillStopsAtTheFirstBadIndex() throws Throwable {
    int n = 1000;
    float[] x = new float[n];
    for (int i = 0; i < n; i++) x[i] = i;
    float[] expected = new float[777];
    float[] actual = new float[777];
    // One work-group, so the work-items run in order, as they do in the sequential reference.
    String jvm = jvmMessage(() -> JavaReference.run(kernels, "saxpy", Grid.of(n, n), 2f, x, expected));
    ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class, () ->
        HostDifferential.compile(kernels, "saxpy", CodegenOptions.defaults()).launch(Grid.of(n, n), 2f, x, actual));
    assertEquals(jvm + " at Checks.saxpy(Checks.java:28)", e.getMessage());
    assertArrayEquals(expected, actual);
  }

  @Test
  void withChecksOffDivisionByZeroGivesZeroInsteadOfFailing() {
    int[] data = {10, 20, 30, 40};
    HostDifferential.compile(kernels, "divide", CodegenOptions.defaults().withoutChecks())
        .launch(Grid.of(4, 4), data, new int[] {2, -1, 0, 3});
    assertArrayEquals(new int[] {5, -20, 0, 13}, data);
  }
}
