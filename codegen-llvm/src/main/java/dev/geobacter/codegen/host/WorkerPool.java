package dev.geobacter.codegen.host;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads, one per core, that run a launch's work-groups in contiguous ranges. Small
 * launches run on the caller's thread; larger ones are cut into a few ranges per thread so that
 * uneven groups still balance.
 */
final class WorkerPool implements AutoCloseable {
  /** Runs groups {@code [begin, end)}. */
  @FunctionalInterface
  interface GroupRange {
    void run(int begin, int end);
  }

  private static final int RANGES_PER_THREAD = 4;
  private final int threads;
  private final ExecutorService executor;

  WorkerPool(int threads) {
    this.threads = threads;
    AtomicInteger counter = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "geobacter-host-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  int threads() {
    return threads;
  }

  void run(int groups, GroupRange task) {
    int ranges = Math.min(groups, threads * RANGES_PER_THREAD);
    if (ranges <= 1 || threads == 1) {
      task.run(0, groups);
      return;
    }
    List<Future<?>> futures = new ArrayList<>(ranges);
    for (int r = 0; r < ranges; r++) {
      int begin = (int) ((long) groups * r / ranges);
      int end = (int) ((long) groups * (r + 1) / ranges);
      futures.add(executor.submit(() -> task.run(begin, end)));
    }
    RuntimeException failure = null;
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        if (failure == null) failure = new IllegalStateException("a host worker thread failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        if (failure == null) failure = new IllegalStateException("interrupted while a kernel ran on the host", e);
      }
    }
    if (failure != null) throw failure;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
