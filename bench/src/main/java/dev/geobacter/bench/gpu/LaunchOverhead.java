package dev.geobacter.bench.gpu;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.bench.gpu.GpuSession.DeviceArray;
import dev.geobacter.cuda.driver.CudaFunction;
import dev.geobacter.cuda.driver.KernelParameters;
import java.util.List;

/**
 * Host cost of one launch of an empty kernel with one {@code int} parameter (one work-item), by
 * the host's wall clock as {@code empty_launch.cu} measures it: back to back then one synchronize
 * ({@code empty_async}), a synchronize after each ({@code empty_sync}), and through the public
 * {@link Device#launch} ({@code empty_device_launch}, which also waits and reads the status back).
 */
final class LaunchOverhead {
  static final int LAUNCHES = 10_000;
  static final int SYNC_LAUNCHES = 1_000;
  static final int REPETITIONS = 20;

  private LaunchOverhead() {}

  static List<ResultLine> measure(KernelCompiler compiler, GpuSession gpu, String deviceName) {
    var empty = Geobacter.kernelInstance(GpuKernels::empty);
    CudaFunction function = compiler.compile(empty, true).function();
    KernelParameters parameters = gpu.parameters(empty, 7);
    Grid one = Grid.of(1, 1);
    boolean ran = flagKernelRan(compiler, gpu);
    for (int i = 0; i < 1000; i++) gpu.launch(function, one, parameters);
    gpu.stream().synchronize();
    double[] async = new double[REPETITIONS];
    double[] sync = new double[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < LAUNCHES; i++) gpu.launch(function, one, parameters);
      gpu.stream().synchronize();
      async[r] = Samples.millisSince(start) / LAUNCHES;
      start = System.nanoTime();
      for (int i = 0; i < SYNC_LAUNCHES; i++) {
        gpu.launch(function, one, parameters);
        gpu.stream().synchronize();
      }
      sync[r] = Samples.millisSince(start) / SYNC_LAUNCHES;
    }
    gpu.requireNoFailedCheck("empty");
    return List.of(line("empty_async", Samples.median(async), ran), line("empty_sync", Samples.median(sync), ran),
        line("empty_device_launch", throughDevice(deviceName), ran));
  }

  /** Milliseconds per {@code Device.launch} of the empty kernel, after the first launch compiled it. */
  private static double throughDevice(String deviceName) {
    Device device = Device.byName(deviceName);
    var empty = Geobacter.kernelInstance(GpuKernels::empty);
    Grid one = Grid.of(1, 1);
    for (int i = 0; i < 1000; i++) device.launch(empty, one, i);
    double[] perLaunch = new double[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < SYNC_LAUNCHES; i++) device.launch(empty, one, i);
      perLaunch[r] = Samples.millisSince(start) / SYNC_LAUNCHES;
    }
    return Samples.median(perLaunch);
  }

  /** Whether a kernel launched the same way really runs: it sets a flag in GPU memory. */
  private static boolean flagKernelRan(KernelCompiler compiler, GpuSession gpu) {
    var setFlag = Geobacter.kernelInstance(GpuKernels::setFlag);
    DeviceArray flag = gpu.allocate(1);
    gpu.stream().fill(flag.buffer(), 0, 1);
    gpu.launch(compiler.compile(setFlag, true).function(), Grid.of(1, 1), gpu.parameters(setFlag, flag));
    gpu.stream().synchronize();
    boolean ran = gpu.downloadInts(flag)[0] == 1;
    if (!ran) System.err.println("GpuBench: the flag-setting kernel did not set its flag");
    return ran;
  }

  private static ResultLine line(String kernel, double millisPerLaunch, boolean ok) {
    return ResultLine.of(kernel, ResultLine.CHECKED, millisPerLaunch, ok).with("us_per_launch", millisPerLaunch * 1e3);
  }
}
