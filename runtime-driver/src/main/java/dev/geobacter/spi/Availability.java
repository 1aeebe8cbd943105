package dev.geobacter.spi;

import java.util.Objects;

/** Whether a {@link Backend} can run on this machine, with the reason when it cannot. */
public record Availability(boolean isAvailable, String reason) {
  public Availability {
    Objects.requireNonNull(reason, "reason");
    if (!isAvailable && reason.isBlank()) {
      throw new IllegalArgumentException("an unavailable backend must say why");
    }
  }

  public static Availability available() {
    return new Availability(true, "");
  }

  /** {@code reason} says what is missing and, where it helps, what to install, e.g. "libcuda.so.1 not found". */
  public static Availability unavailable(String reason) {
    return new Availability(false, reason);
  }
}
