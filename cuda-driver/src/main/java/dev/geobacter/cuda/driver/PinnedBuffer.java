package dev.geobacter.cuda.driver;

import com.sun.jna.Pointer;

/**
 * Page-locked host memory ({@code cuMemHostAlloc}): the GPU copies it by DMA at full bus speed
 * and asynchronously, which pageable memory does not allow. Freed by {@link #close()} or when
 * unreachable.
 */
public final class PinnedBuffer extends NativeResource {
  private final long bytes;
  private final Pointer pointer;

  PinnedBuffer(long address, long bytes, ContextLifetime context, ReleaseAction.Releaser free) {
    super("pinned host buffer of " + bytes + " bytes in " + context.name(), address, context, "cuMemFreeHost", free);
    this.bytes = bytes;
    this.pointer = new Pointer(address);
  }

  /** The memory, for reading and writing from Java; valid until closed. */
  public Pointer pointer() {
    handle();
    return pointer;
  }

  /** The memory {@code offset} bytes in. */
  public Pointer pointer(long offset) {
    Ranges.check(offset, 0, bytes, this);
    return pointer().share(offset);
  }

  /** The host address, for copies. */
  long address() {
    return handle();
  }

  public long size() {
    return bytes;
  }
}
