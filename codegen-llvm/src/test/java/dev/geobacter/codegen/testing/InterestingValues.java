package dev.geobacter.codegen.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Inputs that exercise the corner cases of the JDK's math and bit methods, per primitive type:
 * zeros of both signs, NaNs (quiet, negative, with a payload), infinities, extremes, subnormals,
 * powers of two (including those whose ulp is the smallest normal), halves for rounding, values
 * near the overflow of the transcendental functions, shift distances around the width, NaN bit
 * patterns as integers, and seeded random values (uniform bits and moderate sizes).
 */
public final class InterestingValues {
  private InterestingValues() {}

  /** The fixed corner cases of {@code type} ('I', 'J', 'F' or 'D'), boxed. */
  public static List<Object> special(char type) {
    return switch (type) {
      case 'I' -> boxed(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 2, -2, 3, 7, 31, 32, 33, 63, 64, 65, -31,
          -32, 255, 256, 0x10000, 0x12345678, 0x55aa55aa, 0x7ffffffe, 0x80000001, -100000, 1 << 30, 0x00ff0000,
          0x7fc00000, 0x7f800001, 0xff800000, 0x3f800000);
      case 'J' -> boxed(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 2L, -2L, 3L, 31L, 32L, 63L, 64L, 65L, -63L,
          0xffffffffL, 0x100000000L, 0x123456789abcdefL, 0x5555aaaa5555aaaaL, Long.MIN_VALUE + 1,
          (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 1L << 62, -1000000007L,
          0x7ff8000000000000L, 0x7ff0000000000001L, 0xfff0000000000000L, 0x3ff0000000000000L);
      case 'F' -> boxed(0f, -0f, 1f, -1f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
          Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, 0.5f, -2.5f, 1.5f, 0.1f,
          Float.intBitsToFloat(0xffc00000), Float.intBitsToFloat(0x7f800001), -Float.MAX_VALUE, -Float.MIN_VALUE,
          Float.intBitsToFloat(0x007fffff), Float.intBitsToFloat(0x00400000), -0.5f, 2.5f, 2f, 3f, 0.49999997f,
          8388609f, 16777216f, 1e30f, -1e-30f, 180f, 90f, 1024f, 3.4028235e38f / 2, (float) Math.PI, 0x1p-104f,
          0x1p-103f);
      case 'D' -> boxed(0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
          Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 0.5, -2.5, 1.5, 0.1,
          Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L),
          -Double.MAX_VALUE, -Double.MIN_VALUE, Double.longBitsToDouble(0x000fffffffffffffL),
          Double.longBitsToDouble(0x0000000100000000L), -0.5, 2.5, 2.0, 3.0, 0.49999999999999994,
          4503599627370497.0, 9007199254740992.0, 1e300, -1e-300, 180.0, 90.0, 1024.0, 709.78, 710.0, -745.2,
          Math.PI, Math.PI / 2, Math.E, 1e-10, -20.0, 20.0, 0x1p-971, 0x1p-970);
      default -> throw new IllegalArgumentException("no values for type " + type);
    };
  }

  /** A seeded random value of {@code type}: half uniform bit patterns, half of moderate size. */
  public static Object random(char type, Random random) {
    boolean bits = random.nextBoolean();
    return switch (type) {
      case 'I' -> bits ? random.nextInt() : random.nextInt(2001) - 1000;
      case 'J' -> bits ? random.nextLong() : (long) random.nextInt(2001) - 1000;
      case 'F' -> bits ? Float.intBitsToFloat(random.nextInt()) : (float) (random.nextGaussian() * 100);
      case 'D' -> bits ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian() * 100;
      default -> throw new IllegalArgumentException("no values for type " + type);
    };
  }

  /**
   * Argument tuples for parameter types {@code types}: every combination of the corner cases (of
   * the first {@code perParameter} of each type, the most telling ones, so that three-argument
   * methods stay small) followed by
   * {@code randomTuples} random ones.
   */
  public static List<Object[]> tuples(String types, int perParameter, int randomTuples, long seed) {
    List<Object[]> tuples = new ArrayList<>();
    tuples.add(new Object[0]);
    for (char type : types.toCharArray()) {
      List<Object> values = special(type);
      values = values.subList(0, Math.min(perParameter, values.size()));
      List<Object[]> longer = new ArrayList<>();
      for (Object[] prefix : tuples) {
        for (Object value : values) {
          Object[] tuple = Arrays.copyOf(prefix, prefix.length + 1);
          tuple[prefix.length] = value;
          longer.add(tuple);
        }
      }
      tuples = longer;
    }
    Random random = new Random(seed);
    for (int t = 0; t < randomTuples; t++) {
      Object[] tuple = new Object[types.length()];
      for (int p = 0; p < tuple.length; p++) tuple[p] = random(types.charAt(p), random);
      tuples.add(tuple);
    }
    return tuples;
  }

  private static List<Object> boxed(Object... values) {
    return List.of(values);
  }
}
