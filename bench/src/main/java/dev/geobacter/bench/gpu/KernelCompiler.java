package dev.geobacter.bench.gpu;

import dev.geobacter.GeobacterException;
import dev.geobacter.KernelInstance;
import dev.geobacter.KernelOptions;
import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.launch.CudaKernel;
import dev.geobacter.cuda.launch.KernelLoader;
import dev.geobacter.driver.cache.KernelCache;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.driver.respool.Respooler;
import dev.geobacter.driver.respool.SidecarCache;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparedKernel;

/**
 * Compiles kernels for one GPU the way {@code Device.launch} does: the driver's {@link Respooler}
 * (with its own sidecar cache) behind a {@link KernelCache}, which hands the validated graph to
 * cuda-driver's {@link KernelLoader} once per options value. Each instance starts with empty
 * in-process caches; {@code disk} decides whether compiled kernels come from and go to disk.
 */
final class KernelCompiler {
  private final KernelCache cache;
  private final LoaderDevice device;

  KernelCompiler(CudaContext context, int driverVersion, DiskCache disk) {
    Respooler respooler = new Respooler(new SidecarCache());
    this.cache = new KernelCache(respooler::respool,
        report -> System.err.println("GpuBench: compiled " + report.line()));
    this.device = new LoaderDevice("cuda:" + context.device().ordinal(), new KernelLoader(context, driverVersion, disk));
  }

  /** {@code kernel} ready to launch, with bounds and division checks or without; compiled on first request. */
  CudaKernel compile(KernelInstance<?> kernel, boolean checks) {
    KernelGraph graph = cache.graph(kernel);
    return (CudaKernel) cache.prepared(graph, device, KernelOptions.defaults().withChecks(checks));
  }

  /** How many preparations (compilations or disk-cache loads) this compiler has attempted. */
  long preparations() {
    return cache.preparations();
  }

  /** The backend device as the driver sees it, minus the backend's own cache of loaders. */
  private record LoaderDevice(String name, KernelLoader loader) implements BackendDevice {
    @Override
    public PreparedKernel prepare(KernelGraph graph, KernelOptions options) {
      try {
        return loader.prepare(graph, CodegenOptions.of(options));
      } catch (CodegenException e) {
        throw new GeobacterException("kernel " + graph.kernel() + " cannot run on " + name + ": " + e.getMessage(), e);
      }
    }
  }
}
