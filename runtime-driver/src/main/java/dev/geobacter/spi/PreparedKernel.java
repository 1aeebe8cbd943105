package dev.geobacter.spi;

import dev.geobacter.Grid;
import java.util.concurrent.CompletableFuture;

/** A kernel ready to run on one {@link BackendDevice}; launched any number of times, from any thread. */
public interface PreparedKernel {
  /**
   * Runs the kernel over {@code grid} and returns when it has finished. {@code args} match the
   * kernel's parameters (already checked: boxed primitives and primitive arrays, none null); arrays
   * must hold the kernel's writes on return. An exception raised by kernel code is thrown as is.
   * Launches made by one thread run in the order they were made, asynchronous ones included.
   */
  void launch(Grid grid, Object[] args);

  /**
   * Starts the kernel and returns at once; the future completes when the arrays hold its writes,
   * or exceptionally with what {@link #launch} would have thrown. Launches made by one thread run
   * in order. The default runs {@link #launch} on a pool thread after the calling thread's earlier
   * asynchronous launches ({@link LaunchOrder}); devices that queue work themselves override it.
   */
  default CompletableFuture<Void> launchAsync(Grid grid, Object[] args) {
    return LaunchOrder.runAfterPrevious(() -> launch(grid, args));
  }

  /**
   * Whether the driver must make a synchronous launch wait for the thread's earlier
   * {@link LaunchOrder} launches; false for devices that override {@link #launchAsync} and keep
   * the order themselves.
   */
  default boolean usesLaunchOrder() {
    return true;
  }

  /**
   * What preparing this kernel cost, for the driver's log line. Compiled devices report their
   * phases and disk cache use; the default is {@link PreparationTimings#none()}.
   */
  default PreparationTimings timings() {
    return PreparationTimings.none();
  }
}
