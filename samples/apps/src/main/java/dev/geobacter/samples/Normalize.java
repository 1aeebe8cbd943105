package dev.geobacter.samples;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.samples.vecmath.VecMath;
import java.util.Random;

/**
 * Normalizes 3-D vectors with helpers from the separately compiled samples-vecmath jar: the kernel's
 * call graph crosses jars, and the driver finds every sidecar through the class path.
 */
public final class Normalize {
  private Normalize() {}

  static void normalize(float[] xyz, int count) {
    int i = globalId(0);
    if (i >= count) return;
    float x = xyz[3 * i];
    float y = xyz[3 * i + 1];
    float z = xyz[3 * i + 2];
    float scale = VecMath.inverseLength3(x, y, z);
    xyz[3 * i] = x * scale;
    xyz[3 * i + 1] = y * scale;
    xyz[3 * i + 2] = z * scale;
  }

  public static int run(Device device, int count, long seed) {
    Random random = new Random(seed);
    float[] xyz = new float[3 * count];
    for (int i = 0; i < xyz.length; i++) xyz[i] = random.nextFloat() * 2 - 1;
    xyz[0] = xyz[1] = xyz[2] = 0f; // the zero vector stays zero
    float[] expected = xyz.clone();
    for (int i = 0; i < count; i++) {
      float scale = VecMath.inverseLength3(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
      for (int k = 0; k < 3; k++) expected[3 * i + k] = xyz[3 * i + k] * scale;
    }
    var kernel = Geobacter.kernelInstance(Normalize::normalize);
    device.launch(kernel, Grid.of(count, 128), xyz, count);
    return SampleSupport.mismatches(expected, xyz);
  }

  public static void main(String[] args) {
    SampleSupport.Options options = SampleSupport.parse(args, 100_000);
    try (Device device = options.device()) {
      long start = System.nanoTime();
      int wrong = run(device, options.size(), 7);
      SampleSupport.report("normalize (helpers from samples-vecmath.jar)", device, options.size() + " vectors", start,
          wrong);
    }
  }
}
