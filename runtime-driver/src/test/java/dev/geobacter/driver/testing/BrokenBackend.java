package dev.geobacter.driver.testing;

import dev.geobacter.spi.Availability;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import java.util.List;

/** A test-only backend whose probe throws: the driver must list it as unavailable, not fail. */
public final class BrokenBackend implements Backend {
  public static final String FAILURE = "probe crashed";

  @Override
  public String name() {
    return "broken";
  }

  @Override
  public int priority() {
    return 500;
  }

  @Override
  public Availability availability() {
    throw new IllegalStateException(FAILURE);
  }

  @Override
  public List<BackendDevice> devices() {
    throw new AssertionError("the driver must not ask a backend whose probe failed for devices");
  }
}
