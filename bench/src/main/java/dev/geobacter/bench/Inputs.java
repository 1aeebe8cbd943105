package dev.geobacter.bench;

import java.util.SplittableRandom;

/** Benchmark inputs: the same seed gives the same values on every run and every machine. */
public final class Inputs {
  private Inputs() {}

  public static final long SEED = 20261124L;

  /** {@code count} floats uniform in {@code [low, high)}, drawn from {@code seed}. */
  public static float[] uniform(int count, long seed, float low, float high) {
    if (count < 0) throw new IllegalArgumentException("count must not be negative, was " + count);
    if (!(low < high)) throw new IllegalArgumentException("need low < high, was [" + low + ", " + high + ")");
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[count];
    float width = high - low;
    for (int i = 0; i < count; i++) values[i] = low + width * (float) random.nextDouble();
    return values;
  }

  /**
   * {@code bodies} bodies packed {@code (x, y, z, mass)}: positions in the cube [-1, 1]^3, masses in
   * [0.5, 1.5) divided by the number of bodies, so the total pull stays the same as {@code bodies} grows.
   */
  public static float[] bodies(int bodies, long seed) {
    float[] pos = uniform(4 * bodies, seed, -1f, 1f);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = 0; i < bodies; i++) pos[4 * i + 3] = (0.5f + (float) random.nextDouble()) / bodies;
    return pos;
  }

  /** Velocities packed {@code (vx, vy, vz, 0)}, components in [-0.1, 0.1). */
  public static float[] velocities(int bodies, long seed) {
    float[] vel = uniform(4 * bodies, seed, -0.1f, 0.1f);
    for (int i = 0; i < bodies; i++) vel[4 * i + 3] = 0f;
    return vel;
  }
}
