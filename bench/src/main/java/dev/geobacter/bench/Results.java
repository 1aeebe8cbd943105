package dev.geobacter.bench;

/**
 * Checks that a variant computed exactly what plain Java computes. Floats are compared bit for
 * bit: every variant evaluates the same operations in the same order, so anything else is a bug.
 */
public final class Results {
  private Results() {}

  /** @throws IllegalStateException naming the first element that differs and how many do */
  public static void requireSame(String what, float[] expected, float[] actual) {
    requireLength(what, expected.length, actual.length);
    int first = -1;
    int wrong = 0;
    for (int i = 0; i < expected.length; i++) {
      if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(actual[i])) {
        if (first < 0) first = i;
        wrong++;
      }
    }
    if (wrong > 0) {
      throw new IllegalStateException(what + ": " + wrong + " of " + expected.length
          + " floats differ from plain Java; first at index " + first + ": expected " + describe(expected[first])
          + ", got " + describe(actual[first]));
    }
  }

  /** @throws IllegalStateException naming the first element that differs and how many do */
  public static void requireSame(String what, int[] expected, int[] actual) {
    requireLength(what, expected.length, actual.length);
    int first = -1;
    int wrong = 0;
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != actual[i]) {
        if (first < 0) first = i;
        wrong++;
      }
    }
    if (wrong > 0) {
      throw new IllegalStateException(what + ": " + wrong + " of " + expected.length
          + " ints differ from plain Java; first at index " + first + ": expected " + expected[first] + ", got "
          + actual[first]);
    }
  }

  private static void requireLength(String what, int expected, int actual) {
    if (expected != actual) {
      throw new IllegalStateException(what + ": result has " + actual + " elements, plain Java has " + expected);
    }
  }

  private static String describe(float value) {
    return value + " (bits 0x" + Integer.toHexString(Float.floatToRawIntBits(value)) + ")";
  }
}
