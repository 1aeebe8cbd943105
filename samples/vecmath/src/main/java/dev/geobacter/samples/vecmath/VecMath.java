package dev.geobacter.samples.vecmath;

/**
 * Small vector helpers in a library of their own. Compiled separately (with -Xplugin:Geobacter), they
 * are called from kernels in another jar: the driver finds this class's sidecar through the class path.
 */
public final class VecMath {
  private VecMath() {}

  public static float dot3(float ax, float ay, float az, float bx, float by, float bz) {
    return ax * bx + ay * by + az * bz;
  }

  public static float length3(float x, float y, float z) {
    return (float) Math.sqrt(dot3(x, y, z, x, y, z));
  }

  /** {@code 1 / length}, or 0 for the zero vector (so normalizing it gives zero, not NaN). */
  public static float inverseLength3(float x, float y, float z) {
    float length = length3(x, y, z);
    return length == 0f ? 0f : 1f / length;
  }
}
