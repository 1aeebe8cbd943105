package dev.geobacter.cuda;

import dev.geobacter.GeobacterException;
import dev.geobacter.KernelOptions;
import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.driver.CudaDriver;
import dev.geobacter.cuda.driver.DeviceProperties;
import dev.geobacter.cuda.launch.DeviceLaunches;
import dev.geobacter.cuda.launch.KernelLoader;
import dev.geobacter.driver.cache.disk.DiskCache;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparedKernel;
import dev.geobacter.spi.ResidentMemory;
import java.util.List;

/**
 * One GPU, {@code cuda:N}. Its primary context is retained on the first kernel and kept for the
 * life of the process (the driver releases it at exit). {@link KernelOptions#checks()} off
 * compiles kernels without array bounds and division checks: an out-of-bounds index then reads or
 * corrupts GPU memory, and {@code x / 0} gives an unspecified value.
 */
final class CudaBackendDevice implements BackendDevice {
  private final CudaDriver driver;
  private final DeviceProperties properties;
  private volatile DeviceLaunches launches;
  private volatile KernelLoader loader;

  CudaBackendDevice(CudaDriver driver, DeviceProperties properties) {
    this.driver = driver;
    this.properties = properties;
  }

  @Override
  public String name() {
    return CudaBackend.NAME + ":" + properties.ordinal();
  }

  @Override
  public PreparedKernel prepare(KernelGraph graph, KernelOptions options) {
    try {
      return loader().prepare(graph, CodegenOptions.of(options));
    } catch (CodegenException e) {
      throw new GeobacterException("kernel " + graph.kernel() + " cannot run on " + name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Copies the arrays into this GPU's memory, where launches use them in place; a
   * {@link dev.geobacter.cuda.driver.DeviceOutOfMemoryException} says how much was asked for.
   */
  @Override
  public ResidentMemory keepResident(List<Object> arrays) {
    return launches().keepResident(arrays);
  }

  private KernelLoader loader() {
    KernelLoader current = loader;
    if (current == null) {
      synchronized (this) {
        if (loader == null) loader = new KernelLoader(launches(), driver.version(), DiskCache.shared());
        current = loader;
      }
    }
    return current;
  }

  private DeviceLaunches launches() {
    DeviceLaunches current = launches;
    if (current == null) {
      synchronized (this) {
        if (launches == null) launches = new DeviceLaunches(driver.primaryContext(properties.ordinal()));
        current = launches;
      }
    }
    return current;
  }

  @Override
  public String toString() {
    return properties.toString();
  }
}
