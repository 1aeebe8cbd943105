package dev.geobacter.samples;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.util.Random;

/** y = a * x + y over float arrays, checked against the same loop in plain Java. */
public final class Saxpy {
  private Saxpy() {}

  static void saxpy(float a, float[] x, float[] y) {
    int i = globalId(0);
    if (i < x.length) y[i] = a * x[i] + y[i];
  }

  /** Runs saxpy on {@code device} and returns how many elements differ from plain Java. */
  public static int run(Device device, int n, float a, long seed) {
    Random random = new Random(seed);
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextFloat();
      y[i] = random.nextFloat();
    }
    float[] expected = new float[n];
    for (int i = 0; i < n; i++) expected[i] = a * x[i] + y[i];

    var kernel = Geobacter.kernelInstance(Saxpy::saxpy);
    device.launch(kernel, Grid.of(n, 256), a, x, y);
    return SampleSupport.mismatches(expected, y);
  }

  public static void main(String[] args) {
    SampleSupport.Options options = SampleSupport.parse(args, 1 << 20);
    try (Device device = options.device()) {
      long start = System.nanoTime();
      int wrong = run(device, options.size(), 2.5f, 42);
      SampleSupport.report("saxpy", device, options.size() + " floats", start, wrong);
    }
  }
}
