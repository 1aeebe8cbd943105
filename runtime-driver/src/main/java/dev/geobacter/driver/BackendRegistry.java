package dev.geobacter.driver;

import dev.geobacter.spi.Availability;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The backends found on the class path with {@link ServiceLoader}, asked once for availability and
 * devices. A backend that fails to load or to probe is listed as unavailable with the error as the
 * reason, never fatal: the other backends still work.
 */
final class BackendRegistry {
  private final List<BackendEntry> entries;

  private BackendRegistry(List<BackendEntry> entries) {
    this.entries = entries;
  }

  static BackendRegistry load(ClassLoader loader) {
    List<BackendEntry> entries = new ArrayList<>();
    Iterator<Backend> backends = ServiceLoader.load(Backend.class, loader).iterator();
    while (true) {
      try {
        if (!backends.hasNext()) break;
        entries.add(probe(backends.next()));
      } catch (ServiceConfigurationError e) {
        entries.add(new BackendEntry("(unloadable backend)", Integer.MIN_VALUE,
            Availability.unavailable(String.valueOf(e.getMessage())), List.of()));
      }
    }
    // Highest priority first; ties by name so the order never depends on the class path.
    entries.sort(Comparator.comparingInt(BackendEntry::priority).reversed().thenComparing(BackendEntry::name));
    return new BackendRegistry(List.copyOf(entries));
  }

  private static BackendEntry probe(Backend backend) {
    String name = backend.getClass().getName();
    try {
      name = backend.name();
      Availability availability = backend.availability();
      List<BackendDevice> devices = availability.isAvailable() ? backend.devices() : List.of();
      return new BackendEntry(name, backend.priority(), availability, devices);
    } catch (RuntimeException | LinkageError e) {
      return new BackendEntry(name, Integer.MIN_VALUE, Availability.unavailable("failed to start: " + e), List.of());
    }
  }

  /** Every device of every available backend, best first. */
  List<BackendDevice> devices() {
    List<BackendDevice> all = new ArrayList<>();
    for (BackendEntry entry : entries) all.addAll(entry.devices());
    return all;
  }

  Optional<BackendDevice> device(String name) {
    return devices().stream().filter(device -> device.name().equals(name)).findFirst();
  }

  /** For an unknown name: what exists and, for backends that cannot run here, why. */
  String describeChoices() {
    String available = devices().stream().map(BackendDevice::name).collect(Collectors.joining(", "));
    String unavailable = entries.stream().filter(entry -> !entry.availability().isAvailable())
        .map(entry -> entry.name() + " (" + entry.availability().reason() + ")")
        .collect(Collectors.joining("; "));
    return "available devices: " + (available.isEmpty() ? "none" : available)
        + (unavailable.isEmpty() ? "" : "; unavailable backends: " + unavailable);
  }
}
