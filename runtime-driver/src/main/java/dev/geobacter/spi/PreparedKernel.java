package dev.geobacter.spi;

import dev.geobacter.Grid;

/** A kernel ready to run on one {@link BackendDevice}; launched any number of times, from any thread. */
public interface PreparedKernel {
  /**
   * Runs the kernel over {@code grid} and returns when it has finished. {@code args} match the
   * kernel's parameters (already checked: boxed primitives and primitive arrays, none null); arrays
   * must hold the kernel's writes on return. An exception raised by kernel code is thrown as is.
   */
  void launch(Grid grid, Object[] args);

  /**
   * What preparing this kernel cost, for the driver's log line. Compiled devices report their
   * phases and disk cache use; the default is {@link PreparationTimings#none()}.
   */
  default PreparationTimings timings() {
    return PreparationTimings.none();
  }
}
