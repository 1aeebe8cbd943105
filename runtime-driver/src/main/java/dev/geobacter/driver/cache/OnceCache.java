package dev.geobacter.driver.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Computes each key's value once, however many threads ask at the same time: the first thread
 * computes (outside any lock of the map), the others wait for its result. A failure is handed to
 * every thread that waited for that attempt and then forgotten, so a later request tries again.
 * Unchecked exceptions and errors reach every waiter as the same object.
 */
public final class OnceCache<K, V> {
  private final ConcurrentMap<K, CompletableFuture<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong computations = new AtomicLong();

  public V get(K key, Function<? super K, ? extends V> compute) {
    CompletableFuture<V> existing = entries.get(key);
    if (existing == null) {
      CompletableFuture<V> mine = new CompletableFuture<>();
      existing = entries.putIfAbsent(key, mine);
      if (existing == null) return computeInto(key, mine, compute);
    }
    return await(existing);
  }

  /** How many times a value was computed (successfully or not): tests use it to prove "once". */
  public long computations() {
    return computations.get();
  }

  private V computeInto(K key, CompletableFuture<V> future, Function<? super K, ? extends V> compute) {
    computations.incrementAndGet();
    try {
      V value = compute.apply(key);
      future.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      entries.remove(key, future);
      future.completeExceptionally(e);
      throw e;
    }
  }

  private static <V> V await(CompletableFuture<V> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true; // the computing thread finishes regardless; wait for it
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) throw runtime;
          if (cause instanceof Error error) throw error;
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }
}
