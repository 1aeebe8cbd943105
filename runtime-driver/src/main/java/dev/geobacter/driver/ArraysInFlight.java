package dev.geobacter.driver;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The Java arrays that unfinished asynchronous launches copied and will copy back, process-wide.
 * Passing one of them to another launch would read stale values or have its results overwritten
 * (a GPU copies an array when the launch is queued and back when it finishes), so such a launch is
 * refused on every device alike: code that chains launches on {@code host} then also works on a
 * GPU. Resident arrays are never copied and may be chained freely. With nothing in flight a launch
 * costs one volatile read.
 */
final class ArraysInFlight {
  private final Object lock = new Object();
  private final Map<Object, Integer> launches = new IdentityHashMap<>();
  private volatile boolean empty = true;

  /** Throws if a non-resident array argument is still in use by an unfinished asynchronous launch. */
  void checkLaunch(Object[] args, Object kernel, ResidentRegistry residents) {
    if (empty) return;
    synchronized (lock) {
      for (int i = 0; i < args.length; i++) {
        Object arg = args[i];
        if (arg.getClass().isArray() && launches.containsKey(arg) && !residents.contains(arg)) {
          throw new IllegalStateException("argument " + (i + 1) + " of kernel " + kernel + " (a "
              + arg.getClass().getComponentType() + "[" + Array.getLength(arg) + "]) is still in use by an unfinished "
              + "launchAsync: wait for its future before passing the array to another launch, or keep it resident "
              + "(Device.keepResident) to chain launches over it");
        }
      }
    }
  }

  /** Records the non-resident arrays of {@code launch} until it completes, however it completes. */
  CompletableFuture<Void> track(Object[] args, ResidentRegistry residents, CompletableFuture<Void> launch) {
    List<Object> arrays = new ArrayList<>();
    for (Object arg : args) {
      if (arg.getClass().isArray() && !residents.contains(arg)) arrays.add(arg);
    }
    if (arrays.isEmpty()) return launch;
    synchronized (lock) {
      for (Object array : arrays) launches.merge(array, 1, Integer::sum);
      empty = false;
    }
    // Not launch.whenComplete(...): its future would wrap a kernel's exception in a CompletionException.
    CompletableFuture<Void> released = new CompletableFuture<>();
    launch.whenComplete((ignored, failure) -> {
      release(arrays);
      if (failure == null) released.complete(null);
      else released.completeExceptionally(failure);
    });
    return released;
  }

  private void release(List<Object> arrays) {
    synchronized (lock) {
      for (Object array : arrays) launches.computeIfPresent(array, (a, n) -> n == 1 ? null : n - 1);
      empty = launches.isEmpty();
    }
  }
}
