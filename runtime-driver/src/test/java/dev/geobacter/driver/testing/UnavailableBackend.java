package dev.geobacter.driver.testing;

import dev.geobacter.spi.Availability;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import java.util.List;

/** A test-only backend that cannot run here, to show how Device.byName explains missing devices. */
public final class UnavailableBackend implements Backend {
  public static final String REASON = "libimaginary.so.1 not found (install the imaginary driver)";

  @Override
  public String name() {
    return "imaginary";
  }

  @Override
  public int priority() {
    return 1000;
  }

  @Override
  public Availability availability() {
    return Availability.unavailable(REASON);
  }

  @Override
  public List<BackendDevice> devices() {
    throw new AssertionError("the driver must not ask an unavailable backend for devices");
  }
}
