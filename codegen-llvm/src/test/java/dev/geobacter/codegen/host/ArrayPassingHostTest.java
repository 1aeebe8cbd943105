package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arrays passed to host kernels in place (JDK 22 and later, kernels with bounds checks) and by
 * copy: every test that takes {@code inPlace} runs both ways and must give the same results.
 */
class ArrayPassingHostTest {
  private static final boolean CRITICAL_CALLS = Runtime.version().feature() >= 22;
  private static CompiledKernels kernels;
  private static HostCompiler compiler;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Pass", """
        import static dev.geobacter.Gpu.*;
        class Pass {
          static void saxpy(float a, float[] x, float[] y) {
            int i = globalId(0);
            y[i] = a * x[i] + y[i];
          }

          static void everyKind(byte[] b, char[] c, short[] s, int[] i, long[] l, float[] f, double[] d,
              boolean[] z) {
            int k = globalId(0);
            b[k] += 1; c[k] += 2; s[k] -= 3; i[k] *= 4; l[k] += 1L << 40; f[k] /= 2; d[k] = -d[k]; z[k] = !z[k];
          }

          static void seeOwnWrite(int[] a, int[] b, int[] seen) {
            int i = globalId(0);
            a[i] = 7 + i;
            seen[i] = b[i];
          }

          static void fillAndMaybeFail(int[] data, int failAt) {
            int i = globalId(0);
            data[i] = i + 1;
            if (i == failAt) data[data.length] = 0;
          }

          static void touchesEmpty(int[] empty, int[] out, boolean touch) {
            int i = globalId(0);
            out[i] = empty.length + 5;
            if (touch) empty[i] = 1;
          }

          static void groupSums(int[] data, int[] scratch, int[] sums) {
            int lid = localId(0), gid = globalId(0);
            scratch[gid] = data[gid];
            barrier();
            for (int s = localSize(0) / 2; s > 0; s >>= 1) {
              if (lid < s) scratch[gid] += scratch[gid + s];
              barrier();
            }
            if (lid == 0) sums[groupId(0)] = scratch[gid];
          }
        }
        """);
    compiler = new HostCompiler(4);
  }

  @AfterAll
  static void closeCompiler() {
    compiler.close();
  }

  @AfterEach
  void clearProperty() {
    System.clearProperty(ArrayPassing.PROPERTY);
  }

  private static HostKernel kernel(String name, boolean inPlace) {
    return kernel(name, inPlace, CodegenOptions.defaults());
  }

  private static HostKernel kernel(String name, boolean inPlace, CodegenOptions options) {
    System.setProperty(ArrayPassing.PROPERTY, Boolean.toString(inPlace));
    return compiler.compile(kernels.program(name), options);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void writesOfEveryElementKindLandInTheJavaArrays(boolean inPlace) {
    int n = 320;
    byte[] b = new byte[n];
    char[] c = new char[n];
    short[] s = new short[n];
    int[] i = new int[n];
    long[] l = new long[n];
    float[] f = new float[n];
    double[] d = new double[n];
    boolean[] z = new boolean[n];
    for (int k = 0; k < n; k++) {
      b[k] = (byte) k; c[k] = (char) (k * 3); s[k] = (short) (k - 100); i[k] = k * 7; l[k] = -k;
      f[k] = k; d[k] = k + 0.5; z[k] = k % 3 == 0;
    }
    kernel("everyKind", inPlace).launch(Grid.of(n, 32), b, c, s, i, l, f, d, z);
    for (int k = 0; k < n; k++) {
      assertEquals((byte) (k + 1), b[k]);
      assertEquals((char) (k * 3 + 2), c[k]);
      assertEquals((short) (k - 103), s[k]);
      assertEquals(k * 28, i[k]);
      assertEquals(-k + (1L << 40), l[k]);
      assertEquals(k / 2f, f[k]);
      assertEquals(-(k + 0.5), d[k]);
      assertEquals(k % 3 != 0, z[k]);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void anArrayPassedForTwoParametersIsOneArray(boolean inPlace) {
    int n = 1000;
    int[] shared = new int[n];
    int[] seen = new int[n];
    kernel("seeOwnWrite", inPlace).launch(Grid.of(n, 50), shared, shared, seen);
    for (int i = 0; i < n; i++) {
      assertEquals(7 + i, shared[i]);
      assertEquals(7 + i, seen[i], "the write through one parameter is seen through the other");
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void emptyArraysPassAndAreCheckedAgainstTheirLengthZero(boolean inPlace) {
    HostKernel kernel = kernel("touchesEmpty", inPlace);
    int[] out = new int[64];
    kernel.launch(Grid.of(64, 16), new int[0], out, false);
    for (int value : out) assertEquals(5, value);
    ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class,
        () -> kernel.launch(Grid.of(64, 16), new int[0], new int[64], true));
    // Every work-item fails; which one the threads record first varies.
    assertTrue(e.getMessage().matches("Index \\d+ out of bounds for length 0 at Pass\\.touchesEmpty\\(Pass\\.java:29\\)"),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void writesBeforeAFailureRemainAndTheNextLaunchIsUnaffected(boolean inPlace) {
    HostKernel kernel = kernel("fillAndMaybeFail", inPlace);
    int[] data = new int[4096];
    ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class,
        () -> kernel.launch(Grid.of(data.length, 64), data, 100));
    assertEquals("Index 4096 out of bounds for length 4096 at Pass.fillAndMaybeFail(Pass.java:23)", e.getMessage());
    assertEquals(101, data[100], "the failing work-item's own write before its failure is kept, as in Java");
    int[] fresh = new int[4096];
    kernel.launch(Grid.of(fresh.length, 64), fresh, -1);
    for (int i = 0; i < fresh.length; i++) assertEquals(i + 1, fresh[i]);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void barrierKernelsSeeTheSameArrays(boolean inPlace) {
    int groups = 37;
    int size = 64;
    int[] data = new int[groups * size];
    for (int i = 0; i < data.length; i++) data[i] = i * 31 % 1000 - 300;
    int[] expected = new int[groups];
    for (int i = 0; i < data.length; i++) expected[i / size] += data[i];
    int[] sums = new int[groups];
    kernel("groupSums", inPlace).launch(Grid.of(data.length, size), data, new int[data.length], sums);
    assertArrayEquals(expected, sums);
  }

  /** Large arrays, launched again and again while another thread makes the collector run and move objects. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void largeArraysStayRightWhileTheCollectorRuns(boolean inPlace) throws InterruptedException {
    int n = 1 << 23;
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = i % 1000;
      y[i] = 1;
    }
    HostKernel saxpy = kernel("saxpy", inPlace);
    AtomicBoolean stop = new AtomicBoolean();
    Thread churn = new Thread(() -> {
      List<int[]> kept = new ArrayList<>();
      for (int round = 0; !stop.get(); round++) {
        kept.add(new int[1 << 12]);
        if (kept.size() > 2000) kept.clear();
        if (round % 20_000 == 0) System.gc();
      }
    });
    churn.start();
    try {
      for (int launch = 1; launch <= 8; launch++) {
        saxpy.launch(Grid.of(n, 256), 2f, x, y);
        for (int i = 0; i < n; i += 4099) assertEquals(1 + 2f * launch * (i % 1000), y[i], "element " + i);
      }
    } finally {
      stop.set(true);
      churn.join();
    }
    assertEquals(1 + 16f * ((n - 1) % 1000), y[n - 1]);
  }

  @Test
  void onJdk22AndLaterArraysOfCheckedKernelsArePassedInPlaceWithoutBuffers() {
    assumeTrue(CRITICAL_CALLS, "critical downcalls need JDK 22 or later");
    try (HostCompiler fresh = new HostCompiler(2)) {
      HostKernel kernel = fresh.compile(kernels.program("saxpy"), CodegenOptions.defaults());
      assertTrue(kernel.passesArraysInPlace());
      float[] x = {1, 2, 3, 4};
      float[] y = {10, 20, 30, 40};
      kernel.launch(Grid.of(4, 2), 3f, x, y);
      assertArrayEquals(new float[] {13, 26, 39, 52}, y);
      assertEquals(0, fresh.pooledBuffers(), "no off-heap copy was made");
    }
  }

  @Test
  void theCopyingPathUsesBuffers() {
    System.setProperty(ArrayPassing.PROPERTY, "false");
    try (HostCompiler fresh = new HostCompiler(2)) {
      HostKernel kernel = fresh.compile(kernels.program("saxpy"), CodegenOptions.defaults());
      assertFalse(kernel.passesArraysInPlace());
      float[] y = {10, 20, 30, 40};
      kernel.launch(Grid.of(4, 2), 3f, new float[] {1, 2, 3, 4}, y);
      assertArrayEquals(new float[] {13, 26, 39, 52}, y);
      assertEquals(2, fresh.pooledBuffers(), "x and y were copied through the pool");
    }
  }

  @Test
  void beforeJdk22ArraysAreCopied() {
    assumeTrue(!CRITICAL_CALLS, "this JDK has critical downcalls");
    assertFalse(CriticalCalls.available());
    assertFalse(kernel("saxpy", true).passesArraysInPlace());
  }

  @Test
  void kernelsWithoutBoundsChecksAlwaysGetCopies() {
    HostKernel unchecked = kernel("saxpy", true, CodegenOptions.defaults().withoutChecks());
    assertFalse(unchecked.passesArraysInPlace());
    float[] y = {1, 1};
    unchecked.launch(Grid.of(2, 2), 2f, new float[] {5, 6}, y);
    assertArrayEquals(new float[] {11, 13}, y);
  }

  @Test
  void inPlaceArgumentsCopyOnlyBooleanArrays() {
    assumeTrue(CRITICAL_CALLS, "critical downcalls need JDK 22 or later");
    ArgumentLayout layout = ArgumentLayout.ofDescriptor("([I[Z[IZ)V");
    BufferPool pool = new BufferPool(1 << 20);
    int[] ints = {1, 2};
    java.util.BitSet written = new java.util.BitSet();
    written.set(0, 3);
    try (KernelArguments arguments = new KernelArguments(layout, new Object[] {ints, new boolean[] {true}, ints, true},
        written, pool, "k", true)) {
      assertEquals(1, arguments.copies(), "only the boolean[] is copied");
      assertEquals(3, arguments.arrays().length);
    }
    try (KernelArguments arguments = new KernelArguments(layout, new Object[] {ints, new boolean[] {true}, ints, true},
        written, pool, "k", false)) {
      assertEquals(2, arguments.copies(), "copying, the aliased int[] gets one copy");
    }
  }
}
