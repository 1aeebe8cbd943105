package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import dev.geobacter.codegen.testing.JavaReference;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counted loops whose array accesses are proven in bounds before they start run without those
 * checks; when the proof fails the checked loop runs, so results, partial writes and the reported
 * failure stay the JVM's, including where 32-bit index arithmetic wraps.
 */
class CountedLoopHostTest {
  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Loops", """
        class Loops {
          static void column(float[] b, float[] out, int n, int col) {
            for (int k = 0; k < n; k++) out[k] = b[k * n + col];
          }

          static void strided(int[] data, int[] out, int step, int count) {
            for (int k = 0; k < count; k++) out[k] = data[k * step];
          }

          static void reversed(int[] data, int[] out, int from) {
            for (int k = from; k < data.length; ++k) out[k] += data[data.length - 1 - k] * 3;
          }

          static void movingBase(int[] data, int[] out, int base) {
            for (int k = 0; k < out.length; k += 1) {
              out[k] = data[base + k];
              base++;
            }
          }

          static void wrapping(int[] data, int[] out, int step, int from, int count) {
            for (int k = from; k < count; k++) out[k - from] = data[k * step];
          }

          static void earlyExit(int[] data, int[] out, int stop) {
            for (int k = 0; k < out.length; k++) {
              if (data[2 * k] == stop) break;
              if (data[2 * k + 1] < 0) continue;
              out[k] = data[2 * k] + data[2 * k + 1];
            }
          }
        }
        """);
  }

  @Test
  void aColumnWalkInBoundsGivesJavasResults() throws Throwable {
    float[] b = new float[36];
    for (int i = 0; i < b.length; i++) b[i] = i * 0.5f;
    HostDifferential.assertSameAsJava(kernels, "column", Grid.of(1, 1), () -> new Object[] {b.clone(), new float[6], 6, 5});
  }

  @Test
  void aColumnWalkThatLeavesTheArrayFailsAtTheJvmsIndexAfterTheJvmsWrites() throws Throwable {
    float[] b = new float[30];
    Arrays.fill(b, 2f);
    assertSameFailure("column", new Object[] {b.clone(), new float[6], 6, 4},
        new Object[] {b.clone(), new float[6], 6, 4}, 1,
        "Index 34 out of bounds for length 30 at Loops.column(Loops.java:3)");
  }

  @Test
  void anIndexThatWrapsAroundIsCheckedAtEveryStep() throws Throwable {
    // 4 * 2^30 wraps to 0, so both ends of the range are in bounds in 32 bits; k = 1 is not.
    assertSameFailure("strided", new Object[] {new int[8], new int[5], 1 << 30, 5},
        new Object[] {new int[8], new int[5], 1 << 30, 5}, 1,
        "Index 1073741824 out of bounds for length 8 at Loops.strided(Loops.java:7)");
  }

  @Test
  void aDescendingIndexAndACompoundAssignmentGiveJavasResults() throws Throwable {
    int[] data = {1, 2, 3, 4, 5, 6, 7};
    HostDifferential.assertSameAsJava(kernels, "reversed", Grid.of(1, 1),
        () -> new Object[] {data.clone(), new int[] {9, 9, 9, 9, 9, 9, 9}, 2});
    HostDifferential.assertSameAsJava(kernels, "reversed", Grid.of(1, 1),
        () -> new Object[] {data.clone(), new int[7], 7});
  }

  @Test
  void aNegativeStartFailsLikeTheJvm() throws Throwable {
    int[] data = {1, 2, 3};
    assertSameFailure("reversed", new Object[] {data.clone(), new int[3], -1}, new Object[] {data.clone(), new int[3], -1},
        1, "Index -1 out of bounds for length 3 at Loops.reversed(Loops.java:11)");
  }

  @Test
  void anIndexVariableTheBodyChangesStaysChecked() throws Throwable {
    assertSameFailure("movingBase", new Object[] {new int[] {1, 2, 3, 4, 5, 6}, new int[4], 0},
        new Object[] {new int[] {1, 2, 3, 4, 5, 6}, new int[4], 0}, 1,
        "Index 6 out of bounds for length 6 at Loops.movingBase(Loops.java:16)");
  }

  @Test
  void breakAndContinueLeaveTheProvenCopyLikeTheChecked() throws Throwable {
    int[] data = {1, 2, 3, -4, 5, 6, 7, 8, 9, 10};
    HostDifferential.assertSameAsJava(kernels, "earlyExit", Grid.of(1, 1), () -> new Object[] {data.clone(), new int[5], 7});
    HostDifferential.assertSameAsJava(kernels, "earlyExit", Grid.of(1, 1), () -> new Object[] {data.clone(), new int[5], -1});
    assertSameFailure("earlyExit", new Object[] {data.clone(), new int[6], -1}, new Object[] {data.clone(), new int[6], -1},
        2, "Index 10 out of bounds for length 10 at Loops.earlyExit(Loops.java:27)");
  }

  @Test
  void anIndexThatWrapsBackIntoTheArrayReadsJavasElementWithAndWithoutChecks() throws Throwable {
    // 4 * 2^30 is 2^32, which wraps to 0: in bounds in Java, so no copy may compute it in 64 bits.
    int[] data = {7, 8, 9};
    for (CodegenOptions options : new CodegenOptions[] {CodegenOptions.defaults(), CodegenOptions.defaults().withoutChecks()}) {
      HostDifferential.assertSameAsJava(kernels, "wrapping", options, Grid.of(1, 1),
          () -> new Object[] {data.clone(), new int[1], 1 << 30, 4, 5});
    }
  }

  /** Runs the kernel on the JVM and compiled; both fail with {@code message}, after the same writes to argument {@code written}. */
  private static void assertSameFailure(String kernel, Object[] jvmArguments, Object[] compiledArguments, int written,
      String message) {
    RuntimeException jvm = assertThrows(ArrayIndexOutOfBoundsException.class,
        () -> JavaReference.run(kernels, kernel, Grid.of(1, 1), jvmArguments));
    RuntimeException compiled = assertThrows(ArrayIndexOutOfBoundsException.class,
        () -> HostDifferential.compile(kernels, kernel, CodegenOptions.defaults()).launch(Grid.of(1, 1), compiledArguments));
    assertEquals(message, compiled.getMessage());
    assertEquals(jvm.getMessage() + message.substring(message.indexOf(" at ")), compiled.getMessage());
    assertArrayEquals(new Object[] {jvmArguments[written]}, new Object[] {compiledArguments[written]}, "writes before the failure");
  }
}
