package dev.geobacter.driver.jvm;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the threads of one jvm launch share: the next work-group to run and the first failure.
 * After a failure no further group is handed out.
 */
final class LaunchState {
  private final int groups;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  LaunchState(int groups) {
    this.groups = groups;
  }

  /** The next group to run, or -1 when all are taken or the launch failed. */
  int nextGroup() {
    if (failure.get() != null) return -1;
    int group = next.getAndIncrement();
    return group < groups ? group : -1;
  }

  /** Records {@code error} if it is the launch's first failure; later ones are dropped. */
  void fail(Throwable error) {
    failure.compareAndSet(null, error);
  }

  boolean failed() {
    return failure.get() != null;
  }

  /** Rethrows the first failure as the same object; checked throwables (not raised by kernels) are wrapped. */
  void rethrowFailure() {
    Throwable error = failure.get();
    if (error == null) return;
    if (error instanceof RuntimeException runtime) throw runtime;
    if (error instanceof Error fatal) throw fatal;
    throw new IllegalStateException("kernel raised a checked exception", error);
  }
}
