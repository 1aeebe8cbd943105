package dev.geobacter;

/**
 * How a kernel is compiled, apart from its code: today whether array indexes and integer division
 * are checked. An immutable value; {@link #defaults()} has every check on. Devices that compile
 * kernels prepare a kernel once per distinct options value and keep each result.
 *
 * <p>Get one from a kernel ({@link KernelInstance#options()}) or change a kernel's with
 * {@link KernelInstance#withChecks(boolean)}.
 */
public final class KernelOptions {
  private static final KernelOptions DEFAULTS = new KernelOptions(true);

  private final boolean checks;

  private KernelOptions(boolean checks) {
    this.checks = checks;
  }

  /** Every check on: an out-of-bounds index or a division by zero throws as it does in Java. */
  public static KernelOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether array indexes are checked ({@link ArrayIndexOutOfBoundsException}) and integer
   * {@code /} and {@code %} by zero raise {@link ArithmeticException}. When off, a compiled device
   * does neither: an out-of-bounds index reads or corrupts memory and {@code x / 0} gives an
   * unspecified value. The {@code jvm} device runs the Java method itself and always checks.
   */
  public boolean checks() {
    return checks;
  }

  /** These options with array and division checks on or off. */
  public KernelOptions withChecks(boolean on) {
    return on == checks ? this : new KernelOptions(on);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KernelOptions other && other.checks == checks;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(checks);
  }

  /** {@code checks on} or {@code checks off}: short enough for log lines. */
  @Override
  public String toString() {
    return checks ? "checks on" : "checks off";
  }
}
