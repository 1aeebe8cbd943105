package dev.geobacter.bench.gpu;

import java.util.Arrays;

/** Repeated measurements of one quantity. */
final class Samples {
  private Samples() {}

  /** The median: the middle value, or the mean of the two middle values of an even count. */
  static double median(double[] values) {
    if (values.length == 0) throw new IllegalArgumentException("the median of no samples is undefined");
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Milliseconds since {@code startNanos} (a {@link System#nanoTime()} value). */
  static double millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }
}
