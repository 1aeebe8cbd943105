package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel2;
import dev.geobacter.Kernel3;
import dev.geobacter.Kernel8;
import dev.geobacter.KernelInstance;
import dev.geobacter.cuda.testing.ArrayKinds;
import dev.geobacter.cuda.testing.Gpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The kernels of {@link GpuKernels} (compiled with the plugin, like user code), launched through
 * {@code Device} on {@code cuda:0} exactly as users launch them, checked against Java arithmetic
 * and against the {@code jvm} device running the same methods.
 */
@Tag("gpu")
class CudaDeviceGpuTest {

  @Test
  void saxpyMatchesJavaArithmetic() {
    Gpus.assumeGpu();
    KernelInstance<Kernel3<Float, float[], float[]>> saxpy = Geobacter.kernelInstance(GpuKernels::saxpy);
    int n = 1_000_003;
    Random random = new Random(1);
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextFloat();
      y[i] = random.nextFloat();
    }
    float[] expected = new float[n];
    for (int i = 0; i < n; i++) expected[i] = 2.5f * x[i] + y[i];
    try (Device gpu = Device.byName("cuda:0")) {
      gpu.launch(saxpy, Grid.of(n, 256), 2.5f, x, y);
      assertArrayEquals(expected, y);
      gpu.launch(saxpy, Grid.of(n, 256), 2.5f, x, y);
      for (int i = 0; i < n; i++) expected[i] = 2.5f * x[i] + expected[i];
      assertArrayEquals(expected, y, "a second launch reuses the session's buffers");
    }
  }

  @Test
  void uncheckedKernelsComputeTheSame() {
    Gpus.assumeGpu();
    KernelInstance<Kernel3<Float, float[], float[]>> saxpy = Geobacter.kernelInstance(GpuKernels::saxpy);
    float[] x = new float[4099];
    float[] checked = new float[x.length];
    for (int i = 0; i < x.length; i++) x[i] = i * 0.25f;
    float[] unchecked = checked.clone();
    try (Device gpu = Device.byName("cuda:0")) {
      gpu.launch(saxpy, Grid.of(x.length, 128), 3f, x, checked);
      gpu.launch(saxpy.withChecks(false), Grid.of(x.length, 128), 3f, x, unchecked);
    }
    assertArrayEquals(checked, unchecked);
    assertEquals(3f * 4098 * 0.25f, unchecked[4098]);
  }

  @Test
  void bestDeviceIsTheGpu() {
    Gpus.assumeGpu();
    try (Device best = Device.best()) {
      assertEquals("cuda:0", best.name());
    }
  }

  @Test
  void anIndexOutOfBoundsIsTheJavaExceptionAtTheKernelsLine() {
    Gpus.assumeGpu();
    KernelInstance<Kernel2<int[], int[]>> shift = Geobacter.kernelInstance(GpuKernels::shift);
    int[] in = new int[1024];
    int[] out = new int[1024];
    for (int i = 0; i < in.length; i++) in[i] = i;
    try (Device gpu = Device.byName("cuda:0"); Device jvm = Device.byName("jvm")) {
      ArrayIndexOutOfBoundsException error = assertThrows(ArrayIndexOutOfBoundsException.class,
          () -> gpu.launch(shift, Grid.of(1024, 128), in, out));
      assertTrue(error.getMessage().startsWith("Index 1024 out of bounds for length 1024 at GpuKernels.shift(GpuKernels"
          + ".java:"), error.getMessage());
      assertEquals(5, out[4], "writes before the failure are copied back");
      ArrayIndexOutOfBoundsException onJvm = assertThrows(ArrayIndexOutOfBoundsException.class,
          () -> jvm.launch(shift, Grid.of(1024, 128), in, new int[1024]));
      StackTraceElement expected = java.util.Arrays.stream(onJvm.getStackTrace())
          .filter(frame -> frame.getMethodName().equals("shift")).findFirst().orElseThrow();
      StackTraceElement top = error.getStackTrace()[0];
      assertEquals(expected.getClassName(), top.getClassName());
      assertEquals(expected.getFileName(), top.getFileName());
      assertEquals(expected.getLineNumber(), top.getLineNumber(), "the GPU reports the JVM's line");
    }
  }

  @Test
  void aLoopWhoseChecksAreProvenUpFrontSumsLikeTheJvmAndStillFailsAtTheJvmsIndex() {
    Gpus.assumeGpu();
    KernelInstance<Kernel3<float[], float[], Integer>> columnSums = Geobacter.kernelInstance(GpuKernels::columnSums);
    int n = 300;
    float[] m = new float[n * n];
    Random random = new Random(3);
    for (int i = 0; i < m.length; i++) m[i] = random.nextFloat();
    try (Device gpu = Device.byName("cuda:0"); Device jvm = Device.byName("jvm")) {
      float[] expected = new float[n];
      jvm.launch(columnSums, Grid.of(n, 64), m, expected, n);
      float[] checked = new float[n];
      gpu.launch(columnSums, Grid.of(n, 64), m, checked, n);
      assertArrayEquals(expected, checked);
      float[] unchecked = new float[n];
      gpu.launch(columnSums.withChecks(false), Grid.of(n, 64), m, unchecked, n);
      assertArrayEquals(expected, unchecked);
      // One element short: only the last column leaves the array, at its last step.
      float[] shortMatrix = java.util.Arrays.copyOf(m, n * n - 1);
      ArrayIndexOutOfBoundsException error = assertThrows(ArrayIndexOutOfBoundsException.class,
          () -> gpu.launch(columnSums, Grid.of(n, 64), shortMatrix, new float[n], n));
      assertTrue(error.getMessage().startsWith("Index " + (n * n - 1) + " out of bounds for length " + (n * n - 1)
          + " at GpuKernels.columnSums(GpuKernels.java:"), error.getMessage());
    }
  }

  @Test
  void divisionByZeroIsAnArithmeticException() {
    Gpus.assumeGpu();
    KernelInstance<Kernel2<int[], int[]>> quotients = Geobacter.kernelInstance(GpuKernels::quotients);
    int[] a = {10, 20, 30, 40};
    int[] b = {2, 5, 0, 8};
    try (Device gpu = Device.byName("cuda:0")) {
      ArithmeticException error = assertThrows(ArithmeticException.class,
          () -> gpu.launch(quotients, Grid.of(4, 4), a, b));
      assertTrue(error.getMessage().startsWith("/ by zero at GpuKernels.quotients("), error.getMessage());
      assertEquals(5, a[0]);
    }
  }

  @Test
  void barrierGroupsAgreeWithTheJvm() {
    Gpus.assumeGpu();
    KernelInstance<Kernel2<int[], int[]>> neighbours = Geobacter.kernelInstance(GpuKernels::neighbours);
    int n = 64 * 50;
    int[] valuesJvm = new Random(2).ints(n, -1000, 1000).toArray();
    int[] valuesGpu = valuesJvm.clone();
    int[] outJvm = new int[n];
    int[] outGpu = new int[n];
    try (Device jvm = Device.byName("jvm"); Device gpu = Device.byName("cuda:0")) {
      jvm.launch(neighbours, Grid.of(n, 64), valuesJvm, outJvm);
      gpu.launch(neighbours, Grid.of(n, 64), valuesGpu, outGpu);
    }
    assertArrayEquals(valuesJvm, valuesGpu);
    assertArrayEquals(outJvm, outGpu);
  }

  @Test
  void twoDimensionalGridsAgreeWithTheJvm() {
    Gpus.assumeGpu();
    KernelInstance<Kernel2<long[], Integer>> grid2d = Geobacter.kernelInstance(GpuKernels::grid2d);
    long[] jvmOut = new long[96 * 40];
    long[] gpuOut = new long[96 * 40];
    try (Device jvm = Device.byName("jvm"); Device gpu = Device.byName("cuda:0")) {
      jvm.launch(grid2d, Grid.of(96, 40, 32, 8), jvmOut, 96);
      gpu.launch(grid2d, Grid.of(96, 40, 32, 8), gpuOut, 96);
    }
    assertArrayEquals(jvmOut, gpuOut);
  }

  @Test
  void scalarParametersAndExactMathAgreeWithTheJvm() {
    Gpus.assumeGpu();
    KernelInstance<Kernel8<Boolean, Byte, Character, Short, Long, Double, int[], double[]>> scalars =
        Geobacter.kernelInstance(GpuKernels::scalars);
    int n = 4096;
    Random random = new Random(3);
    int[] intsJvm = random.ints(n).toArray();
    double[] doublesJvm = random.doubles(n, -10, 10).toArray();
    int[] intsGpu = intsJvm.clone();
    double[] doublesGpu = doublesJvm.clone();
    try (Device jvm = Device.byName("jvm"); Device gpu = Device.byName("cuda:0")) {
      for (boolean flag : new boolean[] {true, false}) {
        jvm.launch(scalars, Grid.of(n, 128), flag, (byte) -3, 'x', (short) -7, 0x1234_5678_9abcL, -2.75, intsJvm,
            doublesJvm);
        gpu.launch(scalars, Grid.of(n, 128), flag, (byte) -3, 'x', (short) -7, 0x1234_5678_9abcL, -2.75, intsGpu,
            doublesGpu);
      }
    }
    assertArrayEquals(intsJvm, intsGpu);
    assertArrayEquals(doublesJvm, doublesGpu);
  }

  @Test
  void everyArrayKindAgreesWithTheJvm() {
    Gpus.assumeGpu();
    KernelInstance<Kernel8<boolean[], byte[], char[], short[], long[], float[], Long, Double>> arrays =
        Geobacter.kernelInstance(GpuKernels::arrays);
    ArrayKinds onJvm = ArrayKinds.random(3000, 4);
    ArrayKinds onGpu = onJvm.copy();
    try (Device jvm = Device.byName("jvm"); Device gpu = Device.byName("cuda:0")) {
      onJvm.launch(jvm, arrays);
      onGpu.launch(gpu, arrays);
    }
    onGpu.assertSameAs(onJvm);
  }

  @Test
  void launchesFromManyThreadsAtOnce() throws Exception {
    Gpus.assumeGpu();
    KernelInstance<Kernel3<Float, float[], float[]>> saxpy = Geobacter.kernelInstance(GpuKernels::saxpy);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (Device gpu = Device.byName("cuda:0")) {
      List<Future<float[]>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        float a = t;
        results.add(threads.submit(() -> {
          float[] x = new float[10_000 + (int) a * 1000];
          float[] y = new float[x.length];
          java.util.Arrays.fill(x, 1f);
          java.util.Arrays.fill(y, 0.5f);
          for (int r = 0; r < 20; r++) gpu.launch(saxpy, Grid.of(x.length, 128), a, x, y);
          return y;
        }));
      }
      for (int t = 0; t < results.size(); t++) {
        float[] y = results.get(t).get();
        float expected = 0.5f;
        for (int r = 0; r < 20; r++) expected = t * 1f + expected;
        for (float value : y) assertEquals(expected, value, "thread " + t);
      }
    } finally {
      threads.shutdown();
    }
  }
}
