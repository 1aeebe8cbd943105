package dev.geobacter.host;

import dev.geobacter.GeobacterException;
import dev.geobacter.KernelOptions;
import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.host.HostCompiler;
import dev.geobacter.codegen.host.HostKernel;
import dev.geobacter.codegen.host.HostObject;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.driver.cache.disk.DiskCacheKey;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparationTimings;
import dev.geobacter.spi.PreparationTimings.DiskCacheUse;
import dev.geobacter.spi.PreparedKernel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The one {@code host} device. Its compiler (LLVM JIT and worker threads) starts on the first
 * kernel; the driver's cache prepares each kernel graph once, and the machine code is kept in the
 * driver's disk cache (keyed by graph hash, CPU, options and compiler fingerprint), so later
 * processes only link it.
 *
 * <p>A kernel whose {@link KernelOptions#checks()} are off is compiled without array bounds and
 * division by zero checks (fewer branches in loops; an out-of-bounds index then reads or corrupts
 * memory, and {@code x / 0} gives 0). Each prepared kernel reports the time of lowering,
 * optimization, machine code and linking, and whether the disk cache had it.
 */
final class HostDevice implements BackendDevice {
  static final String NAME = "host";

  private final DiskCache cache;
  private volatile HostCompiler compiler;

  HostDevice() {
    this(DiskCache.shared());
  }

  /** A device that keeps compiled kernels in {@code cache}. */
  HostDevice(DiskCache cache) {
    this.cache = cache;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PreparedKernel prepare(KernelGraph graph, KernelOptions kernelOptions) {
    KernelProgram program = KernelProgram.of(graph);
    CodegenOptions options = CodegenOptions.of(kernelOptions);
    HostCompiler compiler = compiler();
    PreparationTimings.Recorder timings = PreparationTimings.recorder();
    try {
      DiskCacheKey key = DiskCacheKey.of(graph, compiler.targetKey(), options.key(), compiler.compilerKey());
      HostObject object = cached(key, () -> compiler.compileObject(program, options, timings).toBytes(), timings);
      HostKernel kernel = compiler.load(program, object, timings);
      return new HostPreparedKernel(kernel, timings.finish());
    } catch (CodegenException e) {
      throw new GeobacterException("kernel " + graph.kernel() + " cannot run on the host device: " + e.getMessage(), e);
    }
  }

  /**
   * The cached object for {@code key}, compiling on a miss; an unreadable entry is compiled again.
   * Records in {@code timings} whether the disk cache had a usable entry.
   */
  private HostObject cached(DiskCacheKey key, Supplier<byte[]> compile, PreparationTimings.Recorder timings) {
    AtomicBoolean compiled = new AtomicBoolean();
    byte[] bytes = cache.computeIfAbsent(key, () -> {
      compiled.set(true);
      return compile.get();
    });
    try {
      HostObject object = HostObject.fromBytes(bytes);
      timings.diskCache(compiled.get() ? DiskCacheUse.MISS : DiskCacheUse.HIT);
      return object;
    } catch (IllegalArgumentException e) {
      byte[] fresh = compile.get();
      cache.store(key, fresh);
      timings.diskCache(DiskCacheUse.MISS);
      return HostObject.fromBytes(fresh);
    }
  }

  /** The compiler, for tests. */
  HostCompiler compilerForTests() {
    return compiler();
  }

  private HostCompiler compiler() {
    HostCompiler current = compiler;
    if (current == null) {
      synchronized (this) {
        if (compiler == null) compiler = startCompiler();
        current = compiler;
      }
    }
    return current;
  }

  private static HostCompiler startCompiler() {
    try {
      return new HostCompiler();
    } catch (LinkageError e) {
      throw new GeobacterException("the host device could not load LLVM (" + e.getMessage() + "); use "
          + "Device.byName(\"jvm\") or check that org.bytedeco:llvm and javacpp with the linux-x86_64 classifier "
          + "are on the class path", e);
    }
  }

  @Override
  public String toString() {
    return "host device (" + Runtime.getRuntime().availableProcessors() + " threads)";
  }
}
