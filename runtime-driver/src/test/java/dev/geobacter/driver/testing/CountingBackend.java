package dev.geobacter.driver.testing;

import dev.geobacter.KernelOptions;
import dev.geobacter.driver.jvm.JvmDevice;
import dev.geobacter.spi.Availability;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparedKernel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only backend (registered in src/test/resources) whose device runs kernels like the jvm
 * device but counts preparations per kernel and per kernel and options, and prepares slowly so
 * concurrent first launches overlap.
 * Its priority is below the jvm backend's, so it never becomes {@code Device.best()}.
 */
public final class CountingBackend implements Backend {
  public static final String NAME = "counting";
  private static final Map<String, AtomicInteger> PREPARATIONS = new ConcurrentHashMap<>();

  /**
   * How many times a kernel (as {@code KernelInstance.toString()}) was prepared on the counting
   * device, whatever its options.
   */
  public static int preparations(String kernel) {
    return count(kernel);
  }

  /** How many times a kernel was prepared on the counting device with {@code options}. */
  public static int preparations(String kernel, KernelOptions options) {
    return count(kernel + " " + options);
  }

  private static int count(String key) {
    AtomicInteger count = PREPARATIONS.get(key);
    return count == null ? 0 : count.get();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int priority() {
    return -10;
  }

  @Override
  public Availability availability() {
    return Availability.available();
  }

  @Override
  public List<BackendDevice> devices() {
    return List.of(new CountingDevice());
  }

  private static final class CountingDevice implements BackendDevice {
    private final JvmDevice jvm = new JvmDevice();

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public PreparedKernel prepare(KernelGraph graph, KernelOptions options) {
      PREPARATIONS.computeIfAbsent(graph.kernel().toString(), k -> new AtomicInteger()).incrementAndGet();
      PREPARATIONS.computeIfAbsent(graph.kernel() + " " + options, k -> new AtomicInteger()).incrementAndGet();
      try {
        Thread.sleep(100); // keep the other first launches waiting on this preparation
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return jvm.prepare(graph, options);
    }
  }
}
