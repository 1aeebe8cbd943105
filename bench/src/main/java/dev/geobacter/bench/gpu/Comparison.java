package dev.geobacter.bench.gpu;

import java.util.Optional;

/**
 * Bit-for-bit comparison of a GPU result with the CPU reference. Every kernel here is exact: Java
 * semantics (no FMA contraction, correctly rounded division and square root) and the same
 * operation order as the reference, including reduce's tree.
 */
final class Comparison {
  private Comparison() {}

  /** The first position where {@code got} and {@code want} differ as floats (NaN equals NaN), described. */
  static Optional<String> firstDifference(String kernel, float[] got, float[] want, IndexName names) {
    if (got.length != want.length) {
      return Optional.of(kernel + ": " + got.length + " values from the GPU, " + want.length + " expected");
    }
    for (int i = 0; i < got.length; i++) {
      if (Float.floatToIntBits(got[i]) != Float.floatToIntBits(want[i])) {
        return Optional.of(kernel + ": " + names.name(i) + ": GPU " + got[i] + ", CPU " + want[i] + " (bits 0x"
            + Integer.toHexString(Float.floatToRawIntBits(got[i])) + " vs 0x"
            + Integer.toHexString(Float.floatToRawIntBits(want[i])) + ")");
      }
    }
    return Optional.empty();
  }

  static Optional<String> firstDifference(String kernel, int[] got, int[] want, IndexName names) {
    if (got.length != want.length) {
      return Optional.of(kernel + ": " + got.length + " values from the GPU, " + want.length + " expected");
    }
    for (int i = 0; i < got.length; i++) {
      if (got[i] != want[i]) return Optional.of(kernel + ": " + names.name(i) + ": GPU " + got[i] + ", CPU " + want[i]);
    }
    return Optional.empty();
  }

  /** Says what the i-th compared value is, e.g. "element 17" or "pixel (3, 16)". */
  @FunctionalInterface
  interface IndexName {
    String name(int i);
  }
}
