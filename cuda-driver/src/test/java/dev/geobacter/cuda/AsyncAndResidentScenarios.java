package dev.geobacter.cuda;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel2;
import dev.geobacter.Kernel3;
import dev.geobacter.KernelInstance;
import dev.geobacter.ResidentArrays;
import dev.geobacter.cuda.driver.CudaException;
import dev.geobacter.cuda.driver.DeviceOutOfMemoryException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Asynchronous launches and resident arrays against the fake driver (run by
 * {@link FakeDriverScenarios}): the futures, the session handling, the copies that resident arrays
 * skip, and driver failures the fake can stage (an error at the wait, an allocation it refuses).
 */
final class AsyncAndResidentScenarios {
  private static final KernelInstance<Kernel3<Float, float[], float[]>> SAXPY = Geobacter.kernelInstance(GpuKernels::saxpy);
  private static final KernelInstance<Kernel2<int[], int[]>> SHIFT = Geobacter.kernelInstance(GpuKernels::shift);

  private AsyncAndResidentScenarios() {}

  static void run() throws Exception {
    asyncLaunchesComplete();
    asyncFailuresCompleteExceptionally();
    residentArraysSkipCopies();
    residentArraysOutOfMemory();
  }

  private static void asyncLaunchesComplete() throws Exception {
    try (Device gpu = Device.byName("cuda:0")) {
      List<CompletableFuture<Void>> outstanding = new ArrayList<>();
      List<float[]> results = new ArrayList<>();
      float[] x = new float[3000];
      Arrays.fill(x, 1f);
      for (int i = 0; i < 50; i++) {
        float[] y = new float[x.length];
        results.add(y);
        outstanding.add(gpu.launchAsync(SAXPY, Grid.of(x.length, 128), (float) i, x, y));
      }
      CompletableFuture.allOf(outstanding.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      for (int i = 0; i < results.size(); i++) {
        for (float value : results.get(i)) check(value == i, "launch " + i + " gave " + value);
      }
      float[] y = new float[x.length];
      try (ResidentArrays resident = gpu.keepResident(x, y)) {
        CompletableFuture<Void> last = null;
        for (int i = 0; i < 10; i++) last = gpu.launchAsync(SAXPY, Grid.of(x.length, 128), 1f, x, y);
        last.get(60, TimeUnit.SECONDS);
      }
      check(y[0] == 10f && y[x.length - 1] == 10f, "ten chained launches on resident arrays: " + y[0]);
    }
    pass("asynchronous launches complete with the synchronous launches' results");
  }

  private static void asyncFailuresCompleteExceptionally() throws Exception {
    try (Device gpu = Device.byName("cuda:0")) {
      int[] in = new int[256];
      for (int i = 0; i < in.length; i++) in[i] = i;
      int[] out = new int[256];
      CompletableFuture<Void> failed = gpu.launchAsync(SHIFT, Grid.of(256, 64), in, out);
      Throwable cause = failure(failed);
      check(cause instanceof ArrayIndexOutOfBoundsException, "kernel failure: " + cause);
      check(cause.getMessage().equals("Index 256 out of bounds for length 256 at GpuKernels.shift(GpuKernels.java:23)"),
          cause.getMessage());
      check(out[254] == 255, "writes before the failure are copied back");

      function("fake_fail_next_synchronize").invokeVoid(new Object[] {700});
      float[] y = new float[64];
      Throwable driverError = failure(gpu.launchAsync(SAXPY, Grid.of(64, 64), 1f, new float[64], y));
      check(driverError instanceof CudaException && ((CudaException) driverError).code() == 700
          && driverError.getMessage().contains("CUDA_ERROR_ILLEGAL_ADDRESS"), "driver error: " + driverError);

      Throwable tooLarge = failure(gpu.launchAsync(SAXPY, Grid.of(4096, 2048), 1f, new float[4096], new float[4096]));
      check(tooLarge instanceof IllegalArgumentException, "grid error: " + tooLarge);

      float[] after = new float[64];
      gpu.launchAsync(SAXPY, Grid.of(64, 64), 2f, filled(64, 1f), after).get(60, TimeUnit.SECONDS);
      check(after[63] == 2f, "a launch after failures works: " + after[63]);
    }
    pass("failures of asynchronous launches complete their futures exceptionally");
  }

  private static void residentArraysSkipCopies() throws Exception {
    Function live = function("fake_live_allocations");
    try (Device gpu = Device.byName("cuda:0")) {
      float[] x = filled(1000, 1f);
      float[] y = new float[1000];
      gpu.launch(SAXPY, Grid.of(1000, 100), 0f, new float[1000], new float[1000]); // sessions exist before counting
      long before = live.invokeLong(new Object[0]);
      try (ResidentArrays resident = gpu.keepResident(x, y)) {
        check(live.invokeLong(new Object[0]) == before + 2, "one device buffer per resident array");
        for (int i = 0; i < 3; i++) gpu.launch(SAXPY, Grid.of(1000, 100), 1f, x, y);
        check(y[0] == 0f, "a resident array is not copied back by launches: " + y[0]);
        resident.download(y);
        check(y[0] == 3f && y[999] == 3f, "download: " + y[0]);
        x[0] = 100f;
        gpu.launchAsync(SAXPY, Grid.of(1000, 100), 1f, x, y).get(60, TimeUnit.SECONDS);
        resident.upload(x);
        gpu.launch(SAXPY, Grid.of(1000, 100), 1f, x, y);
        check(y[0] == 3f, "the Java array is left alone until close: " + y[0]);
        check(resident.device().equals("cuda:0"), resident.device());
      }
      check(y[0] == 3f + 1f + 100f && y[1] == 5f, "close copies back what launches wrote: " + y[0] + ", " + y[1]);
      check(x[0] == 100f, "an array launches only read is not copied back over");
      check(live.invokeLong(new Object[0]) == before, "close frees the device copies");
      float[] empty = new float[0];
      try (ResidentArrays resident = gpu.keepResident(empty, y)) {
        gpu.launch(SAXPY, Grid.of(1, 1), 1f, empty, y);
        check(resident.contains(empty), "an empty array can be resident");
      }
    }
    pass("resident arrays stay on the device across launches; close copies back and frees");
  }

  private static void residentArraysOutOfMemory() {
    Function live = function("fake_live_allocations");
    Function limit = function("fake_limit_device_memory");
    try (Device gpu = Device.byName("cuda:0")) {
      float[] small = new float[16];
      float[] large = new float[1 << 20];
      long before = live.invokeLong(new Object[0]);
      limit.invokeVoid(new Object[] {1L << 20});
      try {
        gpu.keepResident(small, large);
        check(false, "4 MiB were allocated past a 1 MiB limit");
      } catch (DeviceOutOfMemoryException e) {
        check(e.requestedBytes().orElseThrow() == 4L << 20, e.getMessage());
        check(e.getMessage().contains("4.0 MiB"), e.getMessage());
      } finally {
        limit.invokeVoid(new Object[] {1L << 36});
      }
      check(live.invokeLong(new Object[0]) == before, "what was allocated before the failure is freed");
      try (ResidentArrays resident = gpu.keepResident(small, large)) {
        check(resident.contains(large), "a failed request leaves the arrays free to be kept resident");
      }
    }
    pass("out of device memory when keeping arrays resident");
  }

  private static Throwable failure(CompletableFuture<Void> future) throws Exception {
    try {
      future.get(60, TimeUnit.SECONDS);
      throw new AssertionError("the launch did not fail");
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  private static float[] filled(int length, float value) {
    float[] values = new float[length];
    Arrays.fill(values, value);
    return values;
  }

  private static Function function(String name) {
    return NativeLibrary.getInstance("libcuda.so.1").getFunction(name);
  }

  private static void check(boolean condition, String message) {
    if (!condition) throw new AssertionError(message);
  }

  private static void pass(String scenario) {
    System.out.println("PASS " + scenario);
  }
}
