package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel1;
import dev.geobacter.KernelInstance;
import dev.geobacter.driver.testing.CountingBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads launching a new kernel at once respool and prepare it once, and all get results. */
class ConcurrentFirstLaunchTest {
  private static final int THREADS = 16;

  @Test
  void sixteenFirstLaunchesPrepareOnce() throws Exception {
    KernelInstance<Kernel1<long[]>> kernel = Geobacter.kernelInstance(DriverTestKernels::squareInPlace);
    long respoolsBefore = Driver.instance().kernels().respools();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<long[]>> results = new ArrayList<>();
    try (Device device = Device.byName(CountingBackend.NAME)) {
      for (int t = 0; t < THREADS; t++) {
        long first = t;
        results.add(pool.submit(() -> {
          long[] values = {first, first + 1, first + 2};
          start.await();
          device.launch(kernel, Grid.of(values.length, 2), values);
          return values;
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        assertArrayEquals(new long[] {(long) t * t, (t + 1L) * (t + 1), (t + 2L) * (t + 2)},
            results.get(t).get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, CountingBackend.preparations(kernel.toString()));
    assertEquals(1, Driver.instance().kernels().respools() - respoolsBefore,
        "other test classes run in their own order, but none launches squareInPlace");
  }
}
