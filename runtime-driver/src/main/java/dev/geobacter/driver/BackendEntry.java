package dev.geobacter.driver;

import dev.geobacter.spi.Availability;
import dev.geobacter.spi.BackendDevice;
import java.util.List;

/** What the driver learned of one backend when it loaded it: its priority, availability and devices. */
record BackendEntry(String name, int priority, Availability availability, List<BackendDevice> devices) {
  BackendEntry {
    devices = List.copyOf(devices);
  }
}
