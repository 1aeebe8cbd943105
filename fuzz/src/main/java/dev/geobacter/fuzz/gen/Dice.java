package dev.geobacter.fuzz.gen;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's only source of randomness: one {@link SplittableRandom} per program, from its seed. */
public final class Dice {
  private final SplittableRandom random;

  public Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Uniform in {@code [min, max]}. */
  public int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index into {@code weights}, each chosen in proportion to its weight. */
  public int weighted(int... weights) {
    int total = 0;
    for (int w : weights) total += w;
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) return i;
    }
    throw new AssertionError("unreachable: weights " + java.util.Arrays.toString(weights));
  }

  public int nextInt() {
    return random.nextInt();
  }

  public long nextLong() {
    return random.nextLong();
  }

  public double nextDouble() {
    return random.nextDouble();
  }
}
