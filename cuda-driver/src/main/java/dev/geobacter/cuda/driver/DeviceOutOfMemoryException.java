package dev.geobacter.cuda.driver;

import java.util.OptionalLong;

/**
 * {@code CUDA_ERROR_OUT_OF_MEMORY}: the device (or, for pinned buffers, the host) could not
 * provide the memory asked for. Carries the requested size when the failing call asked for one.
 */
public final class DeviceOutOfMemoryException extends CudaException {
  private final long requestedBytes;

  public DeviceOutOfMemoryException(String call, CudaError error, long requestedBytes) {
    super(call, error, requestedBytes < 0 ? "free memory (fewer or smaller buffers, a smaller launch) and retry"
        : "requested " + describeBytes(requestedBytes) + "; free device memory or ask for less");
    this.requestedBytes = requestedBytes;
  }

  /** The size the failed allocation asked for, when known. */
  public OptionalLong requestedBytes() {
    return requestedBytes < 0 ? OptionalLong.empty() : OptionalLong.of(requestedBytes);
  }

  /** {@code 1099511627776 bytes (1.0 TiB)}. */
  static String describeBytes(long bytes) {
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < 1024) return bytes + " bytes";
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return bytes + " bytes (" + String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]) + ")";
  }
}
