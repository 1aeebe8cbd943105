package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel2;
import dev.geobacter.Kernel3;
import dev.geobacter.KernelInstance;
import dev.geobacter.cuda.testing.Gpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code Device.launchAsync} on {@code cuda:0}: the same results as synchronous launches, many in flight, failures. */
@Tag("gpu")
class AsyncLaunchGpuTest {
  private static final KernelInstance<Kernel3<Float, float[], float[]>> SAXPY = Geobacter.kernelInstance(GpuKernels::saxpy);

  @Test
  void asyncResultsEqualSynchronousOnes() throws Exception {
    Gpus.assumeGpu();
    KernelInstance<Kernel2<int[], int[]>> neighbours = Geobacter.kernelInstance(GpuKernels::neighbours);
    int n = 1_000_003;
    Random random = new Random(7);
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextFloat();
      y[i] = random.nextFloat();
    }
    float[] ySync = y.clone();
    int[] values = random.ints(4096, -1000, 1000).toArray();
    int[] valuesSync = values.clone();
    int[] out = new int[4096];
    int[] outSync = new int[4096];
    try (Device gpu = Device.byName("cuda:0")) {
      gpu.launch(SAXPY, Grid.of(n, 256), 1.5f, x, ySync);
      gpu.launch(neighbours, Grid.of(4096, 128), valuesSync, outSync);
      CompletableFuture<Void> first = gpu.launchAsync(SAXPY, Grid.of(n, 256), 1.5f, x, y);
      CompletableFuture<Void> second = gpu.launchAsync(neighbours, Grid.of(4096, 128), values, out);
      CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
    }
    assertArrayEquals(ySync, y);
    assertArrayEquals(valuesSync, values);
    assertArrayEquals(outSync, out);
  }

  @Test
  void manyOutstandingFuturesFromSeveralThreads() throws Exception {
    Gpus.assumeGpu();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try (Device gpu = Device.byName("cuda:0")) {
      List<Future<List<float[]>>> perThread = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        perThread.add(threads.submit(() -> {
          float[] x = new float[100_000];
          java.util.Arrays.fill(x, 1f);
          List<float[]> results = new ArrayList<>();
          List<CompletableFuture<Void>> futures = new ArrayList<>();
          for (int i = 0; i < 64; i++) {
            float[] y = new float[x.length];
            results.add(y);
            futures.add(gpu.launchAsync(SAXPY, Grid.of(x.length, 256), (float) (thread * 1000 + i), x, y));
          }
          CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
          return results;
        }));
      }
      for (int t = 0; t < perThread.size(); t++) {
        List<float[]> results = perThread.get(t).get();
        for (int i = 0; i < results.size(); i++) {
          float expected = t * 1000 + i;
          for (float value : results.get(i)) assertEquals(expected, value, "thread " + t + ", launch " + i);
        }
      }
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void aFailedCheckCompletesTheFutureExceptionally() throws Exception {
    Gpus.assumeGpu();
    KernelInstance<Kernel2<int[], int[]>> shift = Geobacter.kernelInstance(GpuKernels::shift);
    int[] in = new int[1024];
    for (int i = 0; i < in.length; i++) in[i] = i;
    int[] out = new int[1024];
    try (Device gpu = Device.byName("cuda:0")) {
      CompletableFuture<Void> failed = gpu.launchAsync(shift, Grid.of(1024, 128), in, out);
      ExecutionException thrown = assertThrows(ExecutionException.class, () -> failed.get(60, TimeUnit.SECONDS));
      assertInstanceOf(ArrayIndexOutOfBoundsException.class, thrown.getCause());
      assertEquals("Index 1024 out of bounds for length 1024 at GpuKernels.shift(GpuKernels.java:23)",
          thrown.getCause().getMessage());
      assertEquals(23, thrown.getCause().getStackTrace()[0].getLineNumber());
      float[] y = new float[256];
      float[] x = new float[256];
      java.util.Arrays.fill(x, 2f);
      gpu.launchAsync(SAXPY, Grid.of(256, 256), 1f, x, y).get(60, TimeUnit.SECONDS);
      assertEquals(2f, y[255], "the device works after a failed launch");
    }
  }
}
