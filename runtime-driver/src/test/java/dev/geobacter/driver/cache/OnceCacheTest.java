package dev.geobacter.driver.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OnceCacheTest {
  @Test
  void concurrentFirstRequestsComputeOnce() throws Exception {
    OnceCache<String, Object> cache = new OnceCache<>();
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return cache.get("k", key -> {
            calls.incrementAndGet();
            sleep(100);
            return new Object();
          });
        }));
      }
      start.countDown();
      Object first = results.get(0).get(10, TimeUnit.SECONDS);
      for (Future<Object> result : results) assertSame(first, result.get(10, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, calls.get());
    assertEquals(1, cache.computations());
  }

  @Test
  void failureReachesWaitersAndIsRetriedLater() throws Exception {
    OnceCache<String, String> cache = new OnceCache<>();
    CountDownLatch computing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    IllegalStateException failure = new IllegalStateException("broken");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> owner = pool.submit(() -> cache.get("k", key -> {
        computing.countDown();
        await(release);
        throw failure;
      }));
      computing.await();
      AtomicReference<Thread> waiterThread = new AtomicReference<>();
      Future<?> waiter = pool.submit(() -> {
        waiterThread.set(Thread.currentThread());
        return cache.get("k", key -> "computed although an attempt was running");
      });
      while (waiterThread.get() == null || waiterThread.get().getState() != Thread.State.WAITING) Thread.sleep(5);
      release.countDown();
      assertSame(failure, assertThrows(ExecutionException.class, owner::get).getCause());
      assertSame(failure, assertThrows(ExecutionException.class, waiter::get).getCause());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, cache.computations());
    assertEquals("ok", cache.get("k", key -> "ok"));
    assertEquals("ok", cache.get("k", key -> "not again"));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
