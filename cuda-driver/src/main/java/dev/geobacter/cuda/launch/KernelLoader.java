package dev.geobacter.cuda.launch;

import dev.geobacter.rules.ArrayParameterWrites;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.CudaFunction;
import dev.geobacter.cuda.driver.CudaModule;
import dev.geobacter.cuda.driver.ModuleLoadException;
import dev.geobacter.cuda.ptx.KernelParameterLayout;
import dev.geobacter.cuda.ptx.PtxCompiler;
import dev.geobacter.cuda.ptx.PtxKernel;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.driver.cache.disk.DiskCacheKey;
import dev.geobacter.spi.CompilePhase;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparationTimings;
import dev.geobacter.spi.PreparationTimings.DiskCacheUse;
import java.util.Optional;

/**
 * Makes a kernel graph launchable on one GPU: PTX from the code generator, a cubin from the
 * driver's linker, both skipped when the disk cache has the cubin for this graph, GPU, options,
 * compiler and driver. A cached image the driver rejects is compiled again and replaced. The
 * prepared kernel reports how long each phase took and whether the cache had it.
 */
public final class KernelLoader {
  private final CudaContext context;
  private final DeviceLaunches launches;
  private final PtxCompiler compiler;
  private final DiskCache cache;
  private final int driverVersion;

  /** A loader whose kernels share nothing with other loaders' (their own streams and resident arrays). */
  public KernelLoader(CudaContext context, int driverVersion, DiskCache cache) {
    this(new DeviceLaunches(context), driverVersion, cache);
  }

  /** A loader whose kernels launch through {@code launches}, shared by every kernel of the GPU. */
  public KernelLoader(DeviceLaunches launches, int driverVersion, DiskCache cache) {
    this.launches = launches;
    this.context = launches.context();
    this.driverVersion = driverVersion;
    this.cache = cache;
    this.compiler = PtxCompiler.forComputeCapability(context.device().computeMajor(), context.device().computeMinor());
  }

  /**
   * The kernel loaded on this context, from the disk cache or compiled now. Throws
   * {@link dev.geobacter.codegen.CodegenException} for kernel code the GPU cannot run.
   */
  public CudaKernel prepare(KernelGraph graph, CodegenOptions options) {
    KernelProgram program = KernelProgram.of(graph);
    String name = graph.kernel().toString();
    DiskCacheKey key = DiskCacheKey.of(graph, "cuda/" + compiler.machine().cpu() + compiler.machine().features(),
        options.key(), compiler.compilerKey() + "/cuda-driver-" + driverVersion);
    PreparationTimings.Recorder timings = PreparationTimings.recorder();
    Optional<byte[]> cached = cache.load(key);
    timings.diskCache(cached.isPresent() ? DiskCacheUse.HIT : DiskCacheUse.MISS);
    Loaded loaded = cached.flatMap(bytes -> loadCached(bytes, name, timings)).orElse(null);
    if (loaded == null) {
      KernelImage image = compile(program, options, name, timings);
      loaded = load(image, name, timings);
      cache.store(key, image.encode());
    }
    return new CudaKernel(name, launches, loaded.function(), KernelParameterLayout.ofDescriptor(program.entry().getDesc()),
        ArrayParameterWrites.of(program.entry()), loaded.image().failureSites(), timings.finish());
  }

  private record Loaded(KernelImage image, CudaFunction function) {}

  /** The cached image loaded, or empty (with a warning) when it does not decode or the driver rejects it. */
  private Optional<Loaded> loadCached(byte[] bytes, String name, PreparationTimings.Recorder timings) {
    try {
      return Optional.of(load(KernelImage.decode(bytes), name, timings));
    } catch (IllegalArgumentException | ModuleLoadException e) {
      System.getLogger("dev.geobacter.cuda").log(System.Logger.Level.WARNING,
          () -> "the cached CUDA image of " + name + " cannot be used (" + e.getMessage() + "); compiling it again");
      timings.diskCache(DiskCacheUse.MISS);
      return Optional.empty();
    }
  }

  private Loaded load(KernelImage image, String name, PreparationTimings.Recorder timings) {
    return timings.time(CompilePhase.LOAD, () -> {
      CudaModule module = context.loadCubin(image.cubin(), name);
      return new Loaded(image, module.function(image.entrySymbol()));
    });
  }

  private KernelImage compile(KernelProgram program, CodegenOptions options, String name,
      PreparationTimings.Recorder timings) {
    PtxKernel ptx = compiler.compile(program, options, timings);
    byte[] cubin = timings.time(CompilePhase.CODEGEN, () -> context.linkPtx(ptx.ptx(), name + ".ptx"));
    return new KernelImage(ptx.entrySymbol(), ptx.failureSites(), cubin);
  }
}
