package dev.geobacter.driver;

import dev.geobacter.Device;
import dev.geobacter.driver.cache.KernelCache;
import dev.geobacter.driver.respool.Respooler;
import dev.geobacter.driver.respool.SidecarCache;
import dev.geobacter.spi.BackendDevice;
import java.util.ArrayList;
import java.util.List;

/**
 * The process-wide driver behind {@link Device}: the backends, the sidecar cache and the kernel
 * caches. Created on first use.
 */
public final class Driver {
  private static final class Holder {
    static final Driver INSTANCE = new Driver(BackendRegistry.load(Driver.class.getClassLoader()));
  }

  private final BackendRegistry backends;
  private final KernelCache kernels;
  private final ResidentRegistry residents = new ResidentRegistry();
  private final ArraysInFlight inFlight = new ArraysInFlight();

  private Driver(BackendRegistry backends) {
    this.backends = backends;
    Respooler respooler = new Respooler(new SidecarCache());
    this.kernels = new KernelCache(respooler::respool);
  }

  public static Driver instance() {
    return Holder.INSTANCE;
  }

  /** The kernel caches, e.g. for their counters. */
  public KernelCache kernels() {
    return kernels;
  }

  public Device best() {
    List<BackendDevice> devices = backends.devices();
    if (devices.isEmpty()) {
      throw new IllegalStateException("no Geobacter device can run here: " + backends.describeChoices());
    }
    return new DriverDevice(devices.get(0), kernels, residents, inFlight);
  }

  public Device byName(String name) {
    return backends.device(name).<Device>map(device -> new DriverDevice(device, kernels, residents, inFlight))
        .orElseThrow(() -> new IllegalArgumentException("no Geobacter device named '" + name + "'; "
            + backends.describeChoices()));
  }

  public List<Device> all() {
    List<Device> handles = new ArrayList<>();
    for (BackendDevice device : backends.devices()) handles.add(new DriverDevice(device, kernels, residents, inFlight));
    return handles;
  }
}
