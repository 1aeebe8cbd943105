package dev.geobacter.driver.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kernels without barriers on the jvm device, checked against the same computation in plain Java. */
class JvmLaunchTest {
  private static Device jvm;

  @BeforeAll
  static void open() {
    jvm = Device.byName("jvm");
  }

  @AfterAll
  static void close() {
    jvm.close();
  }

  @Test
  void saxpyMatchesPlainJava() {
    Random random = new Random(42);
    int n = 100_003;
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextFloat();
      y[i] = random.nextFloat();
    }
    float[] expected = y.clone();
    for (int i = 0; i < n; i++) expected[i] = 2.5f * x[i] + expected[i];

    jvm.launch(Geobacter.kernelInstance(TestKernels::saxpy), Grid.of(n, 128), 2.5f, x, y);

    assertArrayEquals(expected, y);
  }

  @Test
  void raggedLastGroupRunsEveryLaunchedWorkItemOnce() {
    int n = 1000;
    Grid grid = Grid.of(n, 256);
    int[] hits = new int[grid.globalSize(0)];
    int[] inRange = new int[n];
    Arrays.fill(inRange, -1);

    jvm.launch(Geobacter.kernelInstance(TestKernels::countWorkItems), grid, hits, n, inRange);

    assertEquals(1024, hits.length);
    int[] once = new int[1024];
    Arrays.fill(once, 1);
    assertArrayEquals(once, hits);
    for (int i = 0; i < n; i++) assertEquals(i, inRange[i]);
  }

  @Test
  void twoDimensionalGridComputesMatrixProduct() {
    int rows = 37;
    int inner = 23;
    int cols = 45;
    Random random = new Random(7);
    float[] a = new float[rows * inner];
    float[] b = new float[inner * cols];
    for (int i = 0; i < a.length; i++) a[i] = random.nextFloat() - 0.5f;
    for (int i = 0; i < b.length; i++) b[i] = random.nextFloat() - 0.5f;
    float[] expected = new float[rows * cols];
    for (int row = 0; row < rows; row++) {
      for (int col = 0; col < cols; col++) {
        float sum = 0f;
        for (int k = 0; k < inner; k++) sum += a[row * inner + k] * b[k * cols + col];
        expected[row * cols + col] = sum;
      }
    }
    float[] c = new float[rows * cols];

    jvm.launch(Geobacter.kernelInstance(TestKernels::matmul), Grid.of(cols, rows, 16, 8), a, b, c, rows, inner, cols);

    assertArrayEquals(expected, c);
  }

  @Test
  void kernelExceptionReachesTheCallerUnchanged() {
    float[] x = new float[1000];
    ArrayIndexOutOfBoundsException thrown = assertThrows(ArrayIndexOutOfBoundsException.class,
        () -> jvm.launch(Geobacter.kernelInstance(TestKernels::unguarded), Grid.of(1000, 256), x));

    assertTrue(thrown.getMessage().contains("out of bounds for length 1000"), thrown.getMessage());
    assertNull(thrown.getCause());
    assertTrue(Arrays.stream(thrown.getStackTrace()).anyMatch(frame ->
        frame.getClassName().equals(TestKernels.class.getName()) && frame.getMethodName().equals("unguarded")),
        "the kernel's frame is in the stack trace");
  }

  @Test
  void failureStopsFurtherGroupsFromStarting() {
    int groups = 200_000;
    int[] ran = new int[groups];
    ArrayIndexOutOfBoundsException thrown = assertThrows(ArrayIndexOutOfBoundsException.class,
        () -> jvm.launch(Geobacter.kernelInstance(TestKernels::failFirst), Grid.of(groups, 1), ran));

    assertEquals("Index -1 out of bounds for length " + groups, thrown.getMessage());
    int started = Arrays.stream(ran).sum();
    assertTrue(started < groups / 2, started + " of " + groups + " groups ran after the first one failed");
  }

  @Test
  void launchingThreadIsUnboundAfterwards() {
    float[] y = new float[8];
    jvm.launch(Geobacter.kernelInstance(TestKernels::saxpy), Grid.of(8, 8), 1f, new float[8], y);
    assertThrows(IllegalStateException.class, () -> dev.geobacter.Gpu.globalId(0));
  }

  @Test
  void integerDivisionByZeroRaisesArithmeticException() {
    int[] values = {10, 20, 30};
    ArithmeticException thrown = assertThrows(ArithmeticException.class,
        () -> jvm.launch(Geobacter.kernelInstance(TestKernels::divide), Grid.of(3, 1), values, 0));
    assertEquals("/ by zero", thrown.getMessage());

    jvm.launch(Geobacter.kernelInstance(TestKernels::divide), Grid.of(3, 1), values, 10);
    assertArrayEquals(new int[] {1, 2, 3}, values);
  }
}
