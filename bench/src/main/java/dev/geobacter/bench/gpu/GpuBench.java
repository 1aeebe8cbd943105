package dev.geobacter.bench.gpu;

import dev.geobacter.bench.gpu.GpuBenchOptions.UsageException;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.CudaDriver;
import dev.geobacter.driver.cache.disk.DiskCache;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Geobacter's side of {@code bench/gpu/run.sh}: the kernels of {@code bench/gpu/cuda} written as
 * Java kernels, compiled through the driver's own path and timed on a CUDA GPU with events around
 * the kernel alone, with checks on ({@code impl=geobacter}) and off ({@code impl=geobacter_nocheck});
 * then the launch overhead and the compile times. Prints one result line per measurement on
 * stdout, everything else on stderr; exits with 1 if any check failed or anything could not run,
 * 2 for a bad command line.
 */
public final class GpuBench {
  private final GpuBenchOptions options;
  private final CudaContext context;
  private final int driverVersion;
  private boolean allOk = true;

  private GpuBench(GpuBenchOptions options, CudaContext context, int driverVersion) {
    this.options = options;
    this.context = context;
    this.driverVersion = driverVersion;
  }

  public static void main(String[] args) {
    GpuBenchOptions options;
    try {
      Optional<GpuBenchOptions> parsed = GpuBenchOptions.parse(args, System.getenv());
      if (parsed.isEmpty()) {
        System.out.println(GpuBenchOptions.USAGE);
        return;
      }
      options = parsed.get();
    } catch (UsageException e) {
      System.err.println("GpuBench: " + e.getMessage());
      System.exit(2);
      return;
    }
    Optional<String> unavailable = CudaDriver.unavailableReason();
    if (unavailable.isPresent()) {
      System.err.println("GpuBench: no CUDA GPU to run on: " + unavailable.get());
      System.exit(1);
    }
    CudaDriver driver = CudaDriver.get();
    if (options.ordinal() >= driver.devices().size()) {
      System.err.println("GpuBench: there is no " + options.device() + "; this machine has " + driver.devices().size()
          + " CUDA device(s)");
      System.exit(1);
    }
    CudaContext context = driver.primaryContext(options.ordinal());
    System.err.println("GpuBench: " + context.device() + "; seed " + options.seed() + " (--seed or BENCH_SEED repeats it)");
    boolean ok = new GpuBench(options, context, driver.version()).runAll();
    System.exit(ok ? 0 : 1);
  }

  private boolean runAll() {
    KernelCompiler compiler = new KernelCompiler(context, driverVersion, DiskCache.shared());
    CaseRunner runner = new CaseRunner(compiler);
    for (String name : GpuCases.NAMES) {
      if (!options.runs(name)) continue;
      try (GpuSession gpu = new GpuSession(context)) {
        GpuCase c = GpuCases.create(name, gpu, options.seed(), GpuCases.Sizes.CUDA);
        print(runner.run(c, gpu, true));
        print(runner.run(c, gpu, false));
      } catch (RuntimeException | OutOfMemoryError e) {
        failed(List.of(name), e);
      }
    }
    if (options.runs("launch")) {
      try (GpuSession gpu = new GpuSession(context)) {
        LaunchOverhead.measure(compiler, gpu, options.device()).forEach(this::print);
      } catch (RuntimeException e) {
        failed(List.of("empty_async", "empty_sync", "empty_device_launch"), e);
      }
      try {
        DeviceLaunchCosts.measure(options.device()).forEach(this::print);
      } catch (RuntimeException e) {
        failed(List.of("saxpy_device_copying", "saxpy_device_resident", "empty_device_launch_async"), e);
      }
    }
    if (options.runs("compile")) {
      try {
        CompileTimes.measure(context, driverVersion).forEach(this::print);
      } catch (RuntimeException | IOException e) {
        failed(List.of("compile_cold", "compile_warm_lookup", "compile_disk_hit"), e);
      }
    }
    return allOk;
  }

  private void print(ResultLine line) {
    System.out.println(line.format());
    System.out.flush();
    allOk &= line.ok();
  }

  /** A part that could not run: its stack trace on stderr, a failed line per kernel for the tables. */
  private void failed(List<String> kernels, Throwable e) {
    System.err.println("GpuBench: " + kernels.get(0) + " could not run:");
    e.printStackTrace();
    for (String kernel : kernels) print(ResultLine.of(kernel, ResultLine.CHECKED, Double.NaN, false));
  }
}
