package dev.geobacter.bench.gpu;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.ResidentArrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a launch through the public {@link Device} costs by the host's wall clock: saxpy over
 * {@link #N} floats with its three arrays copied in and out by every launch
 * ({@code saxpy_device_copying}) or kept resident ({@code saxpy_device_resident}, kernel and
 * launch only), and the empty kernel launched back to back with {@code launchAsync}
 * ({@code empty_device_launch_async}). Unlike the kernel lines, these include the host's part.
 */
final class DeviceLaunchCosts {
  static final int N = 1 << 22;
  static final int LAUNCHES = 20;
  static final int ASYNC_LAUNCHES = 10_000;
  static final int REPETITIONS = 10;

  private DeviceLaunchCosts() {}

  static List<ResultLine> measure(String deviceName) {
    try (Device device = Device.byName(deviceName)) {
      var saxpy = Geobacter.kernelInstance(GpuKernels::saxpy);
      float[] x = new float[N];
      float[] y = new float[N];
      float[] z = new float[N];
      for (int i = 0; i < N; i++) {
        x[i] = i % 1000;
        y[i] = i % 7;
      }
      Grid grid = Grid.of(N, 256);
      device.launch(saxpy, grid, 2f, x, y, z, N);
      double[] copying = new double[REPETITIONS];
      double[] resident = new double[REPETITIONS];
      for (int r = 0; r < REPETITIONS; r++) {
        long start = System.nanoTime();
        for (int i = 0; i < LAUNCHES; i++) device.launch(saxpy, grid, 2f, x, y, z, N);
        copying[r] = Samples.millisSince(start) / LAUNCHES;
      }
      boolean copiedOk = saxpyHolds(x, y, z, 2f);
      try (ResidentArrays arrays = device.keepResident(x, y, z)) {
        for (int r = 0; r < REPETITIONS; r++) {
          long start = System.nanoTime();
          for (int i = 0; i < LAUNCHES; i++) device.launch(saxpy, grid, 3f, x, y, z, N);
          resident[r] = Samples.millisSince(start) / LAUNCHES;
        }
      }
      boolean residentOk = saxpyHolds(x, y, z, 3f);
      return List.of(line("saxpy_device_copying", Samples.median(copying), copiedOk),
          line("saxpy_device_resident", Samples.median(resident), residentOk),
          line("empty_device_launch_async", asyncEmpty(device), true));
    }
  }

  /** Milliseconds per launch of the empty kernel when {@link #ASYNC_LAUNCHES} are queued before waiting for the last. */
  private static double asyncEmpty(Device device) {
    var empty = Geobacter.kernelInstance(GpuKernels::empty);
    Grid one = Grid.of(1, 1);
    device.launchAsync(empty, one, 0).join();
    double[] perLaunch = new double[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      long start = System.nanoTime();
      CompletableFuture<Void> last = null;
      for (int i = 0; i < ASYNC_LAUNCHES; i++) last = device.launchAsync(empty, one, i);
      last.join();
      perLaunch[r] = Samples.millisSince(start) / ASYNC_LAUNCHES;
    }
    return Samples.median(perLaunch);
  }

  private static boolean saxpyHolds(float[] x, float[] y, float[] z, float a) {
    for (int i = 0; i < N; i++) {
      if (Float.floatToIntBits(z[i]) != Float.floatToIntBits(a * x[i] + y[i])) return false;
    }
    return true;
  }

  private static ResultLine line(String kernel, double millisPerLaunch, boolean ok) {
    return ResultLine.of(kernel, ResultLine.CHECKED, millisPerLaunch, ok).with("us_per_launch", millisPerLaunch * 1e3);
  }
}
