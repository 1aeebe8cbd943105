package dev.geobacter.cuda.driver;

import java.lang.ref.Cleaner;

/**
 * A driver object owned by Java code: closed explicitly (try-with-resources) or, as a safety net,
 * released by a {@link Cleaner} once unreachable. Either way it is released once, and not at all
 * when its context ended first. Using it after {@code close()} throws {@link IllegalStateException}.
 */
public abstract class NativeResource implements AutoCloseable {
  private static final Cleaner CLEANER = Cleaner.create(task -> {
    Thread thread = new Thread(task, "geobacter-cuda-cleaner");
    thread.setDaemon(true);
    return thread;
  });

  private final String description;
  private final long handle;
  private final ReleaseAction release;
  private final Cleaner.Cleanable cleanable;

  NativeResource(String description, long handle, ContextLifetime context, String releaseCall,
      ReleaseAction.Releaser releaser) {
    this.description = description;
    this.handle = handle;
    this.release = new ReleaseAction(description, handle, context, releaseCall, releaser);
    this.cleanable = CLEANER.register(this, release);
  }

  /** The driver's handle; throws once closed, so a freed handle is never passed to the driver. */
  protected final long handle() {
    if (release.isReleased()) throw new IllegalStateException(description + " is closed");
    return handle;
  }

  public final boolean isClosed() {
    return release.isReleased();
  }

  /** Releases the object now; later calls do nothing. Throws {@link CudaException} if the driver fails. */
  @Override
  public final void close() {
    try {
      release.releaseNow();
    } finally {
      cleanable.clean();
    }
  }

  @Override
  public String toString() {
    return description + (isClosed() ? " (closed)" : "");
  }
}
