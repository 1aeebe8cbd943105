package dev.geobacter.cuda.launch;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finishes the asynchronous launches of one GPU in the order they were queued: one thread waits
 * for each launch's event and copies its results into the Java arrays; the futures are then
 * completed on a pool, so a continuation that blocks (or launches and waits) never stalls the
 * launches behind it.
 */
final class Completions {
  /** Waits for one launch and copies its results out; what it throws fails the launch's future. */
  @FunctionalInterface
  interface Finish {
    void run() throws Exception;
  }

  private static final AtomicInteger CALLBACK_THREADS = new AtomicInteger();
  private static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "geobacter-cuda-callback-" + CALLBACK_THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private final String name;
  private final BlockingQueue<Runnable> pending = new LinkedBlockingQueue<>();
  private volatile Thread thread;

  Completions(String name) {
    this.name = name;
  }

  /** Queues {@code finish}; {@code future} completes once it ran, with its exception if it threw. */
  void submit(Finish finish, CompletableFuture<Void> future) {
    startOnce();
    pending.add(() -> {
      Throwable failure = null;
      try {
        finish.run();
      } catch (Throwable e) {
        failure = e;
      }
      Throwable outcome = failure;
      CALLBACKS.execute(() -> {
        if (outcome == null) future.complete(null);
        else future.completeExceptionally(outcome);
      });
    });
  }

  private void startOnce() {
    if (thread != null) return;
    synchronized (this) {
      if (thread != null) return;
      Thread started = new Thread(this::drain, "geobacter-completions-" + name);
      started.setDaemon(true);
      started.start();
      thread = started;
    }
  }

  private void drain() {
    while (true) {
      try {
        pending.take().run();
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
