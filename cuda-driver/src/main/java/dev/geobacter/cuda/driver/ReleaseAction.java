package dev.geobacter.cuda.driver;

import java.lang.System.Logger.Level;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Frees one native object at most once: when its owner is closed, or by the {@link
 * java.lang.ref.Cleaner} when the owner became unreachable unclosed. It holds no reference to the
 * owner (the Cleaner requires that). A release after the context ended is skipped: the driver
 * freed everything of that context with it.
 */
final class ReleaseAction implements Runnable {
  /** Frees a handle and returns the driver's {@code CUresult}. */
  @FunctionalInterface
  interface Releaser {
    int release(long handle);
  }

  private static final System.Logger LOG = System.getLogger("dev.geobacter.cuda");

  private final String description;
  private final long handle;
  private final ContextLifetime context;
  private final Releaser releaser;
  private final String call;
  private final AtomicBoolean released = new AtomicBoolean();

  ReleaseAction(String description, long handle, ContextLifetime context, String call, Releaser releaser) {
    this.description = description;
    this.handle = handle;
    this.context = context;
    this.call = call;
    this.releaser = releaser;
  }

  boolean isReleased() {
    return released.get();
  }

  /** The explicit release of {@code close()}: a driver error is thrown. */
  void releaseNow() {
    OptionalInt result = release();
    if (result.isPresent()) CudaErrors.check(result.getAsInt(), call + " of " + description);
  }

  /** The Cleaner's release: a driver error can only be logged. */
  @Override
  public void run() {
    OptionalInt result = release();
    if (result.isPresent() && result.getAsInt() != CudaError.SUCCESS) {
      LOG.log(Level.WARNING, () -> call + " of " + description + " (never closed, released when unreachable) failed: "
          + CudaErrors.describe(result.getAsInt()));
    }
  }

  /** Empty when nothing was released: already done, or the context is gone. */
  private OptionalInt release() {
    if (!released.compareAndSet(false, true)) return OptionalInt.empty();
    return context.releaseIfAlive(() -> releaser.release(handle));
  }
}
