package dev.geobacter.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asynchronous launches for devices that only launch synchronously: each runs on a pool thread
 * after the previous asynchronous launch made by the same thread has finished, so launches of one
 * thread keep their order while those of different threads overlap. A synchronous launch first
 * waits for its thread's asynchronous ones ({@link #awaitPrevious()}, called by the driver).
 */
public final class LaunchOrder {
  private static final AtomicInteger THREADS = new AtomicInteger();
  // Unbounded, so a launch whose continuation waits for another launch cannot starve the pool.
  private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "geobacter-async-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });
  private static final ThreadLocal<CompletableFuture<Void>> LAST = new ThreadLocal<>();

  private LaunchOrder() {}

  /**
   * Runs {@code launch} after the calling thread's earlier asynchronous launches, whatever their
   * outcome. The future completes exceptionally with exactly what {@code launch} threw.
   */
  public static CompletableFuture<Void> runAfterPrevious(Runnable launch) {
    CompletableFuture<Void> result = new CompletableFuture<>();
    Runnable task = () -> {
      try {
        launch.run();
        result.complete(null);
      } catch (Throwable failure) {
        result.completeExceptionally(failure);
      }
    };
    CompletableFuture<Void> previous = LAST.get();
    if (previous == null || previous.isDone()) {
      POOL.execute(task);
    } else {
      previous.whenComplete((ignored, failure) -> POOL.execute(task));
    }
    LAST.set(result);
    return result;
  }

  /** Waits until the calling thread's asynchronous launches have finished (their failures are theirs to report). */
  public static void awaitPrevious() {
    CompletableFuture<Void> previous = LAST.get();
    if (previous == null) return;
    if (!previous.isDone()) previous.handle((ignored, failure) -> null).join();
    LAST.remove();
  }
}
