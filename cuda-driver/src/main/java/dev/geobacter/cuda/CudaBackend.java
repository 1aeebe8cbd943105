package dev.geobacter.cuda;

import dev.geobacter.cuda.driver.CudaDriver;
import dev.geobacter.cuda.driver.DeviceProperties;
import dev.geobacter.spi.Availability;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NVIDIA GPUs through the CUDA driver: devices {@code cuda:0}, {@code cuda:1}, ... Preferred over
 * {@code host} and {@code jvm} by {@code Device.best()}. Unavailable, with the reason, where
 * {@code libcuda.so.1} is missing, {@code cuInit} fails or there is no GPU; never an exception.
 */
public final class CudaBackend implements Backend {
  public static final String NAME = "cuda";
  /** Above host (10) and jvm (0). */
  public static final int PRIORITY = 20;

  private volatile List<BackendDevice> devices;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public Availability availability() {
    Optional<String> problem = CudaDriver.unavailableReason();
    if (problem.isPresent()) return Availability.unavailable(problem.get());
    if (CudaDriver.get().devices().isEmpty()) return Availability.unavailable("the NVIDIA driver reports no GPU");
    return Availability.available();
  }

  @Override
  public List<BackendDevice> devices() {
    List<BackendDevice> current = devices;
    if (current == null) {
      synchronized (this) {
        if (devices == null) {
          CudaDriver driver = CudaDriver.get();
          List<BackendDevice> all = new ArrayList<>();
          for (DeviceProperties properties : driver.devices()) all.add(new CudaBackendDevice(driver, properties));
          devices = List.copyOf(all);
        }
        current = devices;
      }
    }
    return current;
  }
}
