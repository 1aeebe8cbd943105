package dev.geobacter.driver.cache;

import dev.geobacter.KernelOptions;
import dev.geobacter.spi.PreparationTimings;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the first launch of a kernel on a device with some options cost: the driver's respool and
 * validation (only in the report of the first preparation that used the graph; later ones reuse
 * it), the backend's phases and disk cache use, and the whole preparation. {@link #line()} is the
 * {@code DEBUG} line the driver logs.
 *
 * @param kernel the kernel method, e.g. {@code Saxpy.saxpy(F[F[F)V}
 * @param respool respool and validation time, empty when an earlier preparation already reported it
 * @param prepare the backend's whole {@code prepare} call, phases included
 */
public record PreparationReport(String kernel, String device, KernelOptions options, Optional<Duration> respool,
    PreparationTimings timings, Duration prepare) {
  public PreparationReport {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(respool, "respool");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(prepare, "prepare");
  }

  /**
   * {@code kernel Saxpy.saxpy(F[F[F)V on host (checks on): respool+validate 12.30 ms, prepare 41.00 ms
   * (IR lowering 2.10 ms, optimization 30.00 ms, codegen 8.40 ms, load 0.50 ms, disk cache miss)}.
   */
  public String line() {
    String respooled = respool.map(time -> "respool+validate " + millis(time)).orElse("graph already respooled");
    return "kernel " + kernel + " on " + device + " (" + options + "): " + respooled + ", prepare " + millis(prepare)
        + " (" + timings.describe() + ")";
  }

  private static String millis(Duration time) {
    return String.format(Locale.ROOT, "%.2f ms", time.toNanos() / 1e6);
  }
}
