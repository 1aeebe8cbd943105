package dev.geobacter.codegen.host;

import com.sun.jna.Memory;
import java.util.ArrayList;
import java.util.List;

/**
 * Native buffers kept between launches. Fresh memory costs a page fault per page on first touch
 * (for a 64 MiB array that is more than the copy itself: 27 ms instead of 10 ms here), so the
 * off-heap copies of kernel arrays reuse buffers of a fitting size. Bounded: at most
 * {@value #MAX_BUFFERS} buffers and {@code maxBytes} in all are kept; the rest are freed.
 */
final class BufferPool {
  private static final int MAX_BUFFERS = 16;

  private final long maxBytes;
  private final List<Memory> free = new ArrayList<>();
  private long freeBytes;

  BufferPool(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A buffer of at least {@code bytes} (and at most twice that, so small requests do not hold large buffers). */
  synchronized Memory take(long bytes) {
    Memory best = null;
    for (Memory candidate : free) {
      long size = candidate.size();
      if (size >= bytes && size <= 2 * bytes && (best == null || size < best.size())) best = candidate;
    }
    if (best == null) return new Memory(bytes);
    free.remove(best);
    freeBytes -= best.size();
    return best;
  }

  /** Returns a buffer for reuse, or frees it when the pool is full. */
  synchronized void give(Memory buffer) {
    if (free.size() >= MAX_BUFFERS || freeBytes + buffer.size() > maxBytes) {
      buffer.close();
      return;
    }
    free.add(buffer);
    freeBytes += buffer.size();
  }

  synchronized int pooled() {
    return free.size();
  }

  /** Frees every pooled buffer. */
  synchronized void clear() {
    free.forEach(Memory::close);
    free.clear();
    freeBytes = 0;
  }
}
