package dev.geobacter.spi;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What preparing one kernel cost a backend: the time of each {@link CompilePhase} it ran and
 * whether its disk cache of compiled code had the kernel. The driver puts these in its one
 * {@code DEBUG} line per prepared kernel. A phase that did not run (everything but
 * {@link CompilePhase#LOAD} on a disk cache hit, every phase on the {@code jvm} device) is absent.
 */
public final class PreparationTimings {
  /** Whether the backend looked for the compiled kernel in its disk cache, and found it. */
  public enum DiskCacheUse {
    NOT_USED, HIT, MISS
  }

  private static final PreparationTimings NONE = new PreparationTimings(new EnumMap<>(CompilePhase.class),
      DiskCacheUse.NOT_USED);

  private final Map<CompilePhase, Duration> phases;
  private final DiskCacheUse diskCache;

  private PreparationTimings(EnumMap<CompilePhase, Duration> phases, DiskCacheUse diskCache) {
    this.phases = Collections.unmodifiableMap(phases);
    this.diskCache = diskCache;
  }

  /** Nothing compiled, no disk cache: what an interpreting device such as {@code jvm} reports. */
  public static PreparationTimings none() {
    return NONE;
  }

  public static Recorder recorder() {
    return new Recorder();
  }

  /** The phases that ran, in {@link CompilePhase} order. */
  public Map<CompilePhase, Duration> phases() {
    return phases;
  }

  public DiskCacheUse diskCache() {
    return diskCache;
  }

  /** {@code IR lowering 2.10 ms, optimization 30.00 ms, codegen 8.40 ms, load 1.20 ms, disk cache miss}. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    phases.forEach((phase, time) -> {
      if (text.length() > 0) text.append(", ");
      text.append(phase.label()).append(' ').append(millis(time));
    });
    String cache = switch (diskCache) {
      case NOT_USED -> "";
      case HIT -> "disk cache hit";
      case MISS -> "disk cache miss";
    };
    if (!cache.isEmpty()) text.append(text.length() > 0 ? ", " : "").append(cache);
    return text.length() == 0 ? "nothing compiled" : text.toString();
  }

  @Override
  public String toString() {
    return "PreparationTimings[" + describe() + "]";
  }

  static String millis(Duration time) {
    return String.format(java.util.Locale.ROOT, "%.2f ms", time.toNanos() / 1e6);
  }

  /**
   * Collects timings while one thread prepares a kernel. A phase timed twice (say, code generated
   * again after an unreadable cache entry) adds up.
   */
  public static final class Recorder {
    private final EnumMap<CompilePhase, Duration> phases = new EnumMap<>(CompilePhase.class);
    private DiskCacheUse diskCache = DiskCacheUse.NOT_USED;

    private Recorder() {}

    /** Runs {@code work} as {@code phase}, adding its wall-clock time (also when it throws). */
    public <T> T time(CompilePhase phase, Supplier<T> work) {
      long start = System.nanoTime();
      try {
        return work.get();
      } finally {
        add(phase, Duration.ofNanos(System.nanoTime() - start));
      }
    }

    public Recorder add(CompilePhase phase, Duration time) {
      Objects.requireNonNull(time, "time");
      if (time.isNegative()) throw new IllegalArgumentException("negative time " + time + " for " + phase);
      phases.merge(Objects.requireNonNull(phase, "phase"), time, Duration::plus);
      return this;
    }

    public Recorder diskCache(DiskCacheUse use) {
      this.diskCache = Objects.requireNonNull(use, "use");
      return this;
    }

    public PreparationTimings finish() {
      return new PreparationTimings(new EnumMap<>(phases), diskCache);
    }
  }
}
