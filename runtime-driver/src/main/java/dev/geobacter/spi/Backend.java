package dev.geobacter.spi;

import java.util.List;

/**
 * A kind of device the driver can launch kernels on ({@code jvm}, {@code host}, {@code cuda}, ...).
 * Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.geobacter.spi.Backend}. It needs a public no-argument constructor that
 * does no expensive work; probe native libraries in {@link #availability()}.
 *
 * <p>The driver asks each backend once per process for its availability and, if available, for its
 * devices, and keeps both.
 */
public interface Backend {
  /** A short lower-case name, e.g. {@code "cuda"}; device names usually start with it. */
  String name();

  /** Preference for {@code Device.best()}: the available backend with the highest priority wins. */
  int priority();

  /** Whether this backend can run here, and if not, why (shown to users who ask for its devices). */
  Availability availability();

  /** The devices this backend offers; called only when {@link #availability()} said available. */
  List<BackendDevice> devices();
}
