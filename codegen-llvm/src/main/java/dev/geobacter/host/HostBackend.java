package dev.geobacter.host;

import dev.geobacter.spi.Availability;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import java.util.List;
import org.bytedeco.javacpp.Loader;

/**
 * The {@code host} backend: kernels compiled by LLVM for this machine's CPU and run on all its
 * cores. Preferred over {@code jvm} by {@code Device.best()}; available where the LLVM natives for
 * the platform are on the class path (the build ships linux-x86_64).
 */
public final class HostBackend implements Backend {
  /** Above the jvm device (0) and below GPUs, which should use the larger priorities. */
  public static final int PRIORITY = 10;

  private volatile HostDevice device;

  @Override
  public String name() {
    return HostDevice.NAME;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  /**
   * Available where the LLVM natives for this platform are on the class path. Only looks for them:
   * loading LLVM takes a few hundred milliseconds, paid on the first kernel, not by every program
   * that asks for {@code Device.best()} or lists devices.
   */
  @Override
  public Availability availability() {
    String platform = Loader.getPlatform();
    String library = "org/bytedeco/llvm/" + platform + "/" + System.mapLibraryName("jniLLVM");
    if (HostBackend.class.getClassLoader().getResource(library) == null) {
      return Availability.unavailable("no LLVM natives for " + platform + " on the class path (" + library
          + " is missing); the host device needs org.bytedeco:llvm with the " + platform + " classifier, which the "
          + "build ships for linux-x86_64 only");
    }
    return Availability.available();
  }

  @Override
  public List<BackendDevice> devices() {
    HostDevice current = device;
    if (current == null) {
      synchronized (this) {
        if (device == null) device = new HostDevice();
        current = device;
      }
    }
    return List.of(current);
  }
}
