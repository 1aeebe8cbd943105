package dev.geobacter.cuda.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing and the Cleaner safety net, against a fake driver that records what it was asked to
 * free: each handle released once, never after its context ended, errors of close() thrown.
 */
class NativeResourceTest {
  /** Records releases; answers each with {@code result}. */
  private static final class FakeDriver implements ReleaseAction.Releaser {
    final List<Long> released = new CopyOnWriteArrayList<>();
    volatile int result = CudaError.SUCCESS;

    @Override
    public int release(long handle) {
      released.add(handle);
      return result;
    }
  }

  private static final class FakeBuffer extends NativeResource {
    FakeBuffer(long handle, ContextLifetime context, FakeDriver driver) {
      super("fake buffer " + handle, handle, context, "cuMemFree_v2", driver);
    }

    long address() {
      return handle();
    }
  }

  @Test
  void closeReleasesOnceHoweverOftenItIsCalled() {
    FakeDriver driver = new FakeDriver();
    FakeBuffer buffer = new FakeBuffer(0x1000, new ContextLifetime("test context"), driver);
    assertEquals(0x1000, buffer.address());
    buffer.close();
    buffer.close();
    assertEquals(List.of(0x1000L), driver.released);
    assertTrue(buffer.isClosed());
  }

  @Test
  void aClosedResourceRefusesToHandOutItsHandle() {
    FakeBuffer buffer = new FakeBuffer(0x2000, new ContextLifetime("test context"), new FakeDriver());
    buffer.close();
    IllegalStateException error = assertThrows(IllegalStateException.class, buffer::address);
    assertEquals("fake buffer 8192 is closed", error.getMessage());
  }

  @Test
  void resourcesOutlivingTheirContextAreSkipped() {
    FakeDriver driver = new FakeDriver();
    ContextLifetime context = new ContextLifetime("test context");
    FakeBuffer buffer = new FakeBuffer(0x3000, context, driver);
    List<String> destroyed = new CopyOnWriteArrayList<>();
    context.end(() -> destroyed.add("context"));
    context.end(() -> destroyed.add("again"));
    buffer.close();
    assertEquals(List.of("context"), destroyed);
    assertTrue(driver.released.isEmpty(), "freed into a destroyed context: " + driver.released);
    assertFalse(context.isAlive());
  }

  @Test
  void aFailedCloseThrowsTheDriverError() {
    FakeDriver driver = new FakeDriver();
    driver.result = 1;
    FakeBuffer buffer = new FakeBuffer(0x4000, new ContextLifetime("test context"), driver);
    CudaException error = assertThrows(CudaException.class, buffer::close);
    assertTrue(error.getMessage().startsWith("cuMemFree_v2 of fake buffer 16384 failed: CUDA_ERROR_INVALID_VALUE"),
        error.getMessage());
    buffer.close();
    assertEquals(1, driver.released.size(), "a failed release must not be retried into a double free");
  }

  @Test
  void unreachableResourcesAreReleasedByTheCleaner() throws InterruptedException {
    FakeDriver driver = new FakeDriver();
    ContextLifetime context = new ContextLifetime("test context");
    for (int i = 0; i < 4; i++) new FakeBuffer(0x5000 + i, context, driver);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (driver.released.size() < 4 && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(4, driver.released.size(), "the Cleaner freed " + driver.released);
    assertEquals(4, driver.released.stream().distinct().count());
  }

  @Test
  void concurrentClosesReleaseOnce() throws Exception {
    FakeDriver driver = new FakeDriver();
    FakeBuffer buffer = new FakeBuffer(0x6000, new ContextLifetime("test context"), driver);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int i = 0; i < 8; i++) threads.submit(() -> {
        start.await();
        buffer.close();
        return null;
      });
      start.countDown();
    } finally {
      threads.shutdown();
      assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }
    assertEquals(List.of(0x6000L), driver.released);
  }

  @Test
  void contextEndWaitsForAReleaseInProgress() throws Exception {
    ContextLifetime context = new ContextLifetime("test context");
    CountDownLatch releasing = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();
    Thread releaser = new Thread(() -> context.releaseIfAlive(() -> {
      releasing.countDown();
      try {
        finish.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      order.add("freed");
      return 0;
    }));
    releaser.start();
    assertTrue(releasing.await(10, TimeUnit.SECONDS));
    Thread ender = new Thread(() -> context.end(() -> order.add("context destroyed")));
    ender.start();
    Thread.sleep(100);
    finish.countDown();
    releaser.join(10_000);
    ender.join(10_000);
    assertEquals(List.of("freed", "context destroyed"), order);
    assertTrue(context.releaseIfAlive(() -> 0).isEmpty());
  }
}
