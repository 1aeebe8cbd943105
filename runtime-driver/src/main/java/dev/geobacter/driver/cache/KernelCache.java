package dev.geobacter.driver.cache;

import dev.geobacter.KernelInstance;
import dev.geobacter.KernelOptions;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparedKernel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The driver's in-process caches: each kernel's validated graph (respooled once, whatever its
 * options) and, per graph hash, device and {@link KernelOptions}, the prepared kernel (prepared
 * once: a kernel launched checked and unchecked is prepared twice and both stay). Entries hang off
 * the kernel's owner class through a {@link ClassValue}, so unloading an application's class loader
 * frees its kernels. Concurrent first use is computed once; failures are retried by the next launch.
 *
 * <p>Each preparation makes one {@link PreparationReport}, logged at {@code DEBUG} on the
 * {@code dev.geobacter.driver} logger.
 */
public final class KernelCache {
  private static final Logger LOG = System.getLogger("dev.geobacter.driver");

  private final Function<KernelInstance<?>, KernelGraph> respool;
  private final Tables tables = new Tables();
  private final AtomicLong respools = new AtomicLong();
  private final AtomicLong preparations = new AtomicLong();
  private final Consumer<PreparationReport> reports;
  /** Respool times not yet reported, by graph hash: the first preparation of the graph takes it. */
  private final ConcurrentMap<String, Duration> unreportedRespools = new ConcurrentHashMap<>();

  /** @param respool builds a kernel's validated graph; called at most once per kernel until it succeeds */
  public KernelCache(Function<KernelInstance<?>, KernelGraph> respool) {
    this(respool, KernelCache::log);
  }

  /** A cache that hands each preparation's report to {@code reports} instead of the logger. */
  public KernelCache(Function<KernelInstance<?>, KernelGraph> respool, Consumer<PreparationReport> reports) {
    this.respool = Objects.requireNonNull(respool, "respool");
    this.reports = Objects.requireNonNull(reports, "reports");
  }

  /**
   * The validated graph of {@code kernel}, respooling it on first use. Every options value of a
   * kernel shares one graph, whose {@link KernelGraph#kernel()} has the default options.
   */
  public KernelGraph graph(KernelInstance<?> kernel) {
    KernelInstance<?> plain = kernel.withOptions(KernelOptions.defaults());
    return tables.get(kernel.owner()).graphs.get(new KernelKey(kernel.methodName(), kernel.descriptor()),
        key -> timedRespool(plain));
  }

  /** {@code graph} prepared for {@code device} with {@code options}, preparing it on first use. */
  public PreparedKernel prepared(KernelGraph graph, BackendDevice device, KernelOptions options) {
    Objects.requireNonNull(options, "options");
    return tables.get(graph.kernel().owner()).prepared.get(new PreparedKey(graph.hashHex(), device.name(), options),
        key -> timedPrepare(graph, device, options));
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
    unreportedRespools.put(graph.hashHex(), Duration.ofNanos(System.nanoTime() - start));
    return graph;
  }

  private PreparedKernel timedPrepare(KernelGraph graph, BackendDevice device, KernelOptions options) {
    preparations.incrementAndGet();
    long start = System.nanoTime();
    PreparedKernel prepared = device.prepare(graph, options);
    if (prepared == null) {
      throw new IllegalStateException("device " + device.name() + " (" + device.getClass().getName()
          + ") returned no prepared kernel for " + graph.kernel());
    }
    Duration prepare = Duration.ofNanos(System.nanoTime() - start);
    Optional<Duration> respooled = Optional.ofNullable(unreportedRespools.remove(graph.hashHex()));
    reports.accept(new PreparationReport(graph.kernel().toString(), device.name(), options, respooled,
        prepared.timings(), prepare));
    return prepared;
  }

  private static void log(PreparationReport report) {
    LOG.log(Level.DEBUG, report::line);
  }

  private record KernelKey(String name, String descriptor) {}

  private record PreparedKey(String graphHash, String device, KernelOptions options) {}

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
