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
}
