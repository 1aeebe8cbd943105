package dev.geobacter.driver.jvm;

import dev.geobacter.spi.Availability;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import java.util.List;

/** The backend of the {@code jvm} device: always available, chosen by {@code Device.best()} last. */
public final class JvmBackend implements Backend {
  /** Lower than every other backend: any compiled device is preferred. */
  public static final int PRIORITY = 0;

  @Override
  public String name() {
    return JvmDevice.NAME;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public Availability availability() {
    return Availability.available();
  }

  @Override
  public List<BackendDevice> devices() {
    return List.of(new JvmDevice());
  }
}
