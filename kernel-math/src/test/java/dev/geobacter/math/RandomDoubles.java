package dev.geobacter.math;

import java.util.SplittableRandom;

/** Random test inputs: every exponent equally likely, or uniform on an interval. */
final class RandomDoubles {
  private RandomDoubles() {}

  /** A finite double of either sign whose exponent is uniform over all of them (subnormals too). */
  static double anyExponent(SplittableRandom random) {
    long exponent = random.nextLong(0x7ff);
    long bits = (exponent << 52) | (random.nextLong() & 0xfffffffffffffL);
    return random.nextBoolean() ? Double.longBitsToDouble(bits) : -Double.longBitsToDouble(bits);
  }

  /** Uniform on [-limit, limit]. */
  static double uniform(SplittableRandom random, double limit) {
    return (random.nextDouble() * 2.0 - 1.0) * limit;
  }

  /** In [-1, 1]: half uniform, half with a uniform exponent (so that tiny values and values near 1 occur). */
  static double unitInterval(SplittableRandom random) {
    if (random.nextBoolean()) return uniform(random, 1.0);
    double x = anyExponent(random);
    while (Math.abs(x) > 1.0) x = anyExponent(random);
    return random.nextBoolean() ? x : Math.copySign(1.0 - Math.abs(x) * 0.5, x);
  }
}
