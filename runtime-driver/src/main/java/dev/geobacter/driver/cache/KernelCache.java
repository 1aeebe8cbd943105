package dev.geobacter.driver.cache;

import dev.geobacter.KernelInstance;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparedKernel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The driver's in-process caches: each kernel's validated graph (respooled once) and, per graph
 * hash and device, the prepared kernel (prepared once). Entries hang off the kernel's owner class
 * through a {@link ClassValue}, so unloading an application's class loader frees its kernels.
 * Concurrent first use is computed once; failures are retried by the next launch.
 */
public final class KernelCache {
  private static final Logger LOG = System.getLogger("dev.geobacter.driver");

  private final Function<KernelInstance<?>, KernelGraph> respool;
  private final Tables tables = new Tables();
  private final AtomicLong respools = new AtomicLong();
  private final AtomicLong preparations = new AtomicLong();

  /** @param respool builds a kernel's validated graph; called at most once per kernel until it succeeds */
  public KernelCache(Function<KernelInstance<?>, KernelGraph> respool) {
    this.respool = respool;
  }

  /** The validated graph of {@code kernel}, respooling it on first use. */
  public KernelGraph graph(KernelInstance<?> kernel) {
    return tables.get(kernel.owner()).graphs.get(new KernelKey(kernel.methodName(), kernel.descriptor()),
        key -> timedRespool(kernel));
  }

  /** {@code graph} prepared for {@code device}, preparing it on first use. */
  public PreparedKernel prepared(KernelGraph graph, BackendDevice device) {
    return tables.get(graph.kernel().owner()).prepared.get(new PreparedKey(graph.hashHex(), device.name()),
        key -> timedPrepare(graph, device));
  }

  /** How many respools were attempted (successful or not) since this cache was made. */
  public long respools() {
    return respools.get();
  }

  /** How many preparations were attempted (successful or not) since this cache was made. */
  public long preparations() {
    return preparations.get();
  }

  private KernelGraph timedRespool(KernelInstance<?> kernel) {
    respools.incrementAndGet();
    long start = System.nanoTime();
    KernelGraph graph = respool.apply(kernel);
    LOG.log(Level.DEBUG, () -> String.format("respooled and validated kernel %s: %d methods, graph %s, in %.2f ms",
        kernel, graph.methods().size(), graph.hashHex().substring(0, 16), millisSince(start)));
    return graph;
  }

  private PreparedKernel timedPrepare(KernelGraph graph, BackendDevice device) {
    preparations.incrementAndGet();
    long start = System.nanoTime();
    PreparedKernel prepared = device.prepare(graph);
    if (prepared == null) {
      throw new IllegalStateException("device " + device.name() + " (" + device.getClass().getName()
          + ") returned no prepared kernel for " + graph.kernel());
    }
    LOG.log(Level.DEBUG, () -> String.format("prepared kernel %s for device %s in %.2f ms", graph.kernel(),
        device.name(), millisSince(start)));
    return prepared;
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private record KernelKey(String name, String descriptor) {}

  private record PreparedKey(String graphHash, String device) {}

  /** The caches of the kernels one class declares. */
  private static final class Table {
    final OnceCache<KernelKey, KernelGraph> graphs = new OnceCache<>();
    final OnceCache<PreparedKey, PreparedKernel> prepared = new OnceCache<>();
  }

  private static final class Tables extends ClassValue<Table> {
    @Override
    protected Table computeValue(Class<?> owner) {
      return new Table();
    }
  }
}
