package dev.geobacter.driver.jvm;

import dev.geobacter.KernelOptions;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparedKernel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code jvm} device: runs kernels as the Java methods they are, one call per work-item, with
 * work-groups spread over every core. It is the reference every compiled device must agree with.
 *
 * <p>{@link KernelOptions#checks()} off changes nothing here: the JVM checks every array index and
 * integer division itself and cannot be told not to, so kernels always throw
 * {@link ArrayIndexOutOfBoundsException} and {@link ArithmeticException} as Java does.
 */
public final class JvmDevice implements BackendDevice {
  public static final String NAME = "jvm";

  private final int parallelism = Runtime.getRuntime().availableProcessors();
  // Daemon threads: an application that never closes its devices still exits.
  private final ExecutorService pool = Executors.newFixedThreadPool(parallelism, new DaemonThreads());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PreparedKernel prepare(KernelGraph graph, KernelOptions options) {
    return JvmKernel.prepare(graph, pool, parallelism);
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "geobacter-jvm-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
