package dev.geobacter.samples;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.ResidentArrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Repeated three-point smoothing: many launches over the same two arrays, kept on the device
 * between launches and launched without waiting; checked against the same loop in plain Java.
 */
public final class Smooth {
  private Smooth() {}

  static void smooth(float[] in, float[] out) {
    int i = globalId(0);
    if (i > 0 && i < in.length - 1) {
      out[i] = (in[i - 1] + in[i] + in[i + 1]) / 3f;
    } else if (i < in.length) {
      out[i] = in[i];
    }
  }

  /** Smooths {@code steps} times on {@code device} and returns how many elements differ from plain Java. */
  public static int run(Device device, int n, int steps, long seed) {
    Random random = new Random(seed);
    float[] a = new float[n];
    for (int i = 0; i < n; i++) a[i] = random.nextFloat();
    float[] b = new float[n];
    float[] expected = smoothInJava(a, steps);

    var kernel = Geobacter.kernelInstance(Smooth::smooth);
    try (ResidentArrays resident = device.keepResident(a, b)) {
      CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
      for (int step = 0; step < steps; step++) {
        float[] in = step % 2 == 0 ? a : b;
        float[] out = step % 2 == 0 ? b : a;
        last = device.launchAsync(kernel, Grid.of(n, 256), in, out);
      }
      last.join();
    } // closing copies a and b back
    return SampleSupport.mismatches(expected, steps % 2 == 0 ? a : b);
  }

  static float[] smoothInJava(float[] values, int steps) {
    float[] in = values.clone();
    float[] out = new float[in.length];
    for (int step = 0; step < steps; step++) {
      for (int i = 0; i < in.length; i++) {
        out[i] = i > 0 && i < in.length - 1 ? (in[i - 1] + in[i] + in[i + 1]) / 3f : in[i];
      }
      float[] swap = in;
      in = out;
      out = swap;
    }
    return in;
  }

  public static void main(String[] args) {
    SampleSupport.Options options = SampleSupport.parse(args, 1 << 20);
    try (Device device = options.device()) {
      long start = System.nanoTime();
      int wrong = run(device, options.size(), 100, 7);
      SampleSupport.report("smooth", device, "100 steps over " + options.size() + " floats", start, wrong);
    }
  }
}
