package dev.geobacter.cuda;

import static dev.geobacter.Gpu.*;

/**
 * Kernels that call {@code Math}'s transcendental methods, compiled with the plugin like user code:
 * on NVIDIA they run the kernel math library ({@code dev.geobacter.math}), not libdevice.
 */
final class MathKernels {
  /** How many results {@link #trigonometry} writes per input. */
  static final int TRIG_RESULTS = 7;

  private MathKernels() {}

  static void trigonometry(double[] x, double[] y, double[] out) {
    int i = globalId(0);
    if (i >= x.length) return;
    out[TRIG_RESULTS * i] = Math.sin(x[i]);
    out[TRIG_RESULTS * i + 1] = Math.cos(x[i]);
    out[TRIG_RESULTS * i + 2] = Math.tan(x[i]);
    out[TRIG_RESULTS * i + 3] = Math.asin(y[i]);
    out[TRIG_RESULTS * i + 4] = Math.acos(y[i]);
    out[TRIG_RESULTS * i + 5] = Math.atan(x[i]);
    out[TRIG_RESULTS * i + 6] = Math.atan2(y[i], x[i]);
  }

  static void sine(double[] x) {
    int i = globalId(0);
    if (i < x.length) x[i] = Math.sin(x[i]);
  }

  /** How many results {@link #expLog} writes per input. */
  static final int EXP_LOG_RESULTS = 11;

  static void expLog(double[] x, double[] y, double[] out) {
    int i = globalId(0);
    if (i >= x.length) return;
    int o = EXP_LOG_RESULTS * i;
    out[o] = Math.exp(x[i]);
    out[o + 1] = Math.log(x[i]);
    out[o + 2] = Math.log10(x[i]);
    out[o + 3] = Math.pow(x[i], y[i]);
    out[o + 4] = Math.sinh(x[i]);
    out[o + 5] = Math.cosh(x[i]);
    out[o + 6] = Math.tanh(x[i]);
    out[o + 7] = Math.expm1(x[i]);
    out[o + 8] = Math.log1p(x[i]);
    out[o + 9] = Math.cbrt(x[i]);
    out[o + 10] = Math.hypot(x[i], y[i]);
  }
}
