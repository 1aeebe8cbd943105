package dev.geobacter.driver;

import dev.geobacter.spi.KernelGraph;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The Java arrays that unfinished asynchronous launches copied and will copy back, process-wide,
 * with whether each launch may write them. A GPU copies an array when a launch is queued and back
 * when it finishes, so another launch that reads an array an unfinished one writes would read stale
 * values, and one that writes an array an unfinished one uses would lose or clobber results. Such
 * a launch is refused on every device alike, so code that works on {@code host} also works on a
 * GPU; launches that only read the same array may overlap. Resident arrays are never copied and may
 * be chained freely. With nothing in flight a launch costs one volatile read.
 */
final class ArraysInFlight {
  /** The unfinished launches using one array. */
  private static final class Uses {
    int readers;
    int writers;
  }

  private final Object lock = new Object();
  private final Map<Object, Uses> uses = new IdentityHashMap<>();
  private volatile boolean empty = true;

  /**
   * Throws if a non-resident array argument is written by an unfinished asynchronous launch, or is
   * used by one and {@code graph}'s kernel may write it.
   */
  void checkLaunch(Object[] args, KernelGraph graph, ResidentRegistry residents) {
    if (empty) return;
    synchronized (lock) {
      for (int i = 0; i < args.length; i++) {
        Object arg = args[i];
        Uses current = arg.getClass().isArray() ? uses.get(arg) : null;
        if (current == null || residents.contains(arg)) continue;
        if (current.writers > 0 || graph.writesArrayParameter(i)) {
          throw new IllegalStateException("argument " + (i + 1) + " of kernel " + graph.kernel() + " (a "
              + arg.getClass().getComponentType() + "[" + Array.getLength(arg) + "]) is still in use by an unfinished "
              + "launchAsync that " + (current.writers > 0 ? "writes it" : "reads it, and this launch may write it")
              + ": wait for its future before passing the array to another launch, or keep it resident "
              + "(Device.keepResident) to chain launches over it");
        }
      }
    }
  }

  /**
   * Records the non-resident arrays of {@code launch} until it completes, however it completes; the
   * returned future completes after they are released, with {@code launch}'s result or exception.
   */
  CompletableFuture<Void> track(Object[] args, KernelGraph graph, ResidentRegistry residents,
      CompletableFuture<Void> launch) {
    List<Object> arrays = new ArrayList<>();
    BitSet writes = new BitSet();
    for (int i = 0; i < args.length; i++) {
      if (args[i].getClass().isArray() && !residents.contains(args[i])) {
        if (graph.writesArrayParameter(i)) writes.set(arrays.size());
        arrays.add(args[i]);
      }
    }
    if (arrays.isEmpty()) return launch;
    synchronized (lock) {
      for (int i = 0; i < arrays.size(); i++) {
        Uses current = uses.computeIfAbsent(arrays.get(i), a -> new Uses());
        if (writes.get(i)) current.writers++;
        else current.readers++;
      }
      empty = false;
    }
    // Not launch.whenComplete(...): its future would wrap a kernel's exception in a CompletionException.
    CompletableFuture<Void> released = new CompletableFuture<>();
    launch.whenComplete((ignored, failure) -> {
      release(arrays, writes);
      if (failure == null) released.complete(null);
      else released.completeExceptionally(failure);
    });
    return released;
  }

  private void release(List<Object> arrays, BitSet writes) {
    synchronized (lock) {
      for (int i = 0; i < arrays.size(); i++) {
        Uses current = uses.get(arrays.get(i));
        if (writes.get(i)) current.writers--;
        else current.readers--;
        if (current.readers == 0 && current.writers == 0) uses.remove(arrays.get(i));
      }
      empty = uses.isEmpty();
    }
  }
}
