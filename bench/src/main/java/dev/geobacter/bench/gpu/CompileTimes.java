package dev.geobacter.bench.gpu;

import dev.geobacter.Geobacter;
import dev.geobacter.KernelInstance;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.launch.CudaKernel;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.spi.PreparationTimings.DiskCacheUse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What it costs to get saxpy ready to launch, each way {@code Device.launch} may find it:
 * {@code compile_cold} (respool, IR, optimization, PTX, link, module load; no disk cache),
 * {@code compile_warm_lookup} (the in-process cache of an already prepared kernel: what every
 * later launch pays) and {@code compile_disk_hit} (fresh in-process caches over a populated disk
 * cache, as a new process sees it: respool, then the cubin loaded from disk). Run alone
 * ({@code --only compile}), the first cold run also pays LLVM's one-time start-up; after the kernel
 * benchmarks it does not. Either way it is printed apart as {@code first_ms}.
 */
final class CompileTimes {
  static final int COLD_RUNS = 5;
  static final int DISK_RUNS = 10;
  static final int LOOKUPS = 1000;
  static final int LOOKUP_BATCHES = 20;

  private CompileTimes() {}

  static List<ResultLine> measure(CudaContext context, int driverVersion) throws IOException {
    KernelInstance<?> saxpy = Geobacter.kernelInstance(GpuKernels::saxpy);
    double[] cold = new double[COLD_RUNS];
    boolean coldMissed = true;
    KernelCompiler last = null;
    for (int i = 0; i < COLD_RUNS; i++) {
      last = new KernelCompiler(context, driverVersion, DiskCache.memoryOnly());
      long start = System.nanoTime();
      CudaKernel kernel = last.compile(saxpy, true);
      cold[i] = Samples.millisSince(start);
      coldMissed &= kernel.timings().diskCache() == DiskCacheUse.MISS;
    }
    return List.of(
        ResultLine.of("compile_cold", ResultLine.CHECKED, Samples.median(cold), coldMissed)
            .with("first_ms", cold[0]),
        warmLookup(last, saxpy),
        diskHit(context, driverVersion, saxpy));
  }

  /** The lookup every launch after the first makes: graph by kernel, prepared kernel by graph and options. */
  private static ResultLine warmLookup(KernelCompiler compiler, KernelInstance<?> kernel) {
    CudaKernel prepared = compiler.compile(kernel, true);
    long preparations = compiler.preparations();
    boolean same = true;
    double[] perLookup = new double[LOOKUP_BATCHES];
    for (int b = 0; b < LOOKUP_BATCHES; b++) {
      long start = System.nanoTime();
      for (int i = 0; i < LOOKUPS; i++) same &= compiler.compile(kernel, true) == prepared;
      perLookup[b] = Samples.millisSince(start) / LOOKUPS;
    }
    boolean ok = same && compiler.preparations() == preparations;
    double median = Samples.median(perLookup);
    return ResultLine.of("compile_warm_lookup", ResultLine.CHECKED, median, ok).with("us_per_lookup", median * 1e3);
  }

  private static ResultLine diskHit(CudaContext context, int driverVersion, KernelInstance<?> kernel) throws IOException {
    Path directory = Files.createTempDirectory("geobacter-bench-cache");
    try {
      new KernelCompiler(context, driverVersion, DiskCache.open(directory)).compile(kernel, true);
      double[] millis = new double[DISK_RUNS];
      boolean allHits = true;
      for (int i = 0; i < DISK_RUNS; i++) {
        KernelCompiler fresh = new KernelCompiler(context, driverVersion, DiskCache.open(directory));
        long start = System.nanoTime();
        CudaKernel loaded = fresh.compile(kernel, true);
        millis[i] = Samples.millisSince(start);
        allHits &= loaded.timings().diskCache() == DiskCacheUse.HIT;
      }
      return ResultLine.of("compile_disk_hit", ResultLine.CHECKED, Samples.median(millis), allHits);
    } finally {
      deleteTree(directory);
    }
  }

  private static void deleteTree(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
    }
  }
}
