package dev.geobacter.driver;

import static dev.geobacter.Gpu.globalId;

/** Kernels for the driver's API tests; compiled with -Xplugin:Geobacter. */
final class DriverTestKernels {
  private DriverTestKernels() {}

  static void addScaled(float scale, float[] x, float[] y) {
    int i = globalId(0);
    if (i < x.length) y[i] = y[i] + scale * x[i];
  }

  static void fill(int[] out, int value) {
    int i = globalId(0);
    if (i < out.length) out[i] = value + i;
  }

  /** Launched only by the concurrency test, so its preparation count is its own. */
  static void squareInPlace(long[] values) {
    int i = globalId(0);
    if (i < values.length) values[i] = values[i] * values[i];
  }

  /** Launched only by the options test: the work-item whose id is {@code out.length} writes past the end. */
  static void fillUnguarded(int[] out) {
    int i = globalId(0);
    out[i] = i;
  }

  /** Launched only by the preparation log test, so its first preparation is logged there. */
  static void countDown(int[] out) {
    int i = globalId(0);
    if (i < out.length) out[i] = out.length - i;
  }

  /** Launched only by the async launch test: the work-item whose id is {@code out.length} writes past the end. */
  static void writeEveryId(int[] out) {
    int i = globalId(0);
    out[i] = i;
  }
}
