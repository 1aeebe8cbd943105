package dev.geobacter.cuda.launch;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The resident arrays of one GPU, by array identity. Launches look arguments up in a
 * copy-on-write snapshot: with nothing resident that is one volatile read, and a lookup never
 * allocates.
 */
final class ResidentBuffers {
  private volatile Map<Object, ResidentBuffer> byArray = new IdentityHashMap<>();

  /** The device copy of {@code array}, or null when it is not resident here. */
  ResidentBuffer find(Object array) {
    Map<Object, ResidentBuffer> current = byArray;
    return current.isEmpty() ? null : current.get(array);
  }

  synchronized void addAll(Collection<ResidentBuffer> buffers) {
    Map<Object, ResidentBuffer> next = new IdentityHashMap<>(byArray);
    for (ResidentBuffer buffer : buffers) next.put(buffer.array, buffer);
    byArray = next;
  }

  synchronized void removeAll(Collection<ResidentBuffer> buffers) {
    Map<Object, ResidentBuffer> next = new IdentityHashMap<>(byArray);
    for (ResidentBuffer buffer : buffers) next.remove(buffer.array);
    byArray = next;
  }
}
