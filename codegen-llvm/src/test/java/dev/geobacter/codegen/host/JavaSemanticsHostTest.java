package dev.geobacter.codegen.host;

import static dev.geobacter.codegen.testing.HostDifferential.assertSameAsJava;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java's arithmetic corner cases, compiled for the host and compared bit for bit with the same
 * methods run as Java. Operands come from arrays so javac cannot fold them.
 */
class JavaSemanticsHostTest {
  private static final String SOURCE = """
      import static dev.geobacter.Gpu.*;
      class Corners {
        static void ints(int[] a, int[] b, int[] out) {
          int i = globalId(0);
          if (i >= a.length) return;
          int x = a[i], y = b[i], k = i * 15;
          out[k] = x << 31;
          out[k + 1] = Integer.MIN_VALUE * y;
          out[k + 2] = -(x & Integer.MIN_VALUE);
          out[k + 3] = Integer.MIN_VALUE / (y | 1);
          out[k + 4] = y == 0 ? 0 : x / y;
          out[k + 5] = y == 0 ? 0 : x % y;
          out[k + 6] = x % -1;
          out[k + 7] = x >> y;
          out[k + 8] = x >>> y;
          out[k + 9] = x << (long) y;
          out[k + 10] = Math.abs(x) + Math.min(x, y) * 3 - Math.max(x, y);
          out[k + 11] = Integer.bitCount(x) + Integer.numberOfLeadingZeros(y) * 64 + Integer.numberOfTrailingZeros(x) * 4096;
          out[k + 12] = ~x ^ (x + y) | (x - y) & y;
          out[k + 13] = y == 0 ? 0 : Math.floorDiv(x, y);
          out[k + 14] = y == 0 ? 0 : Math.floorMod(x, y);
        }

        static void longs(long[] a, long[] b, long[] out) {
          int i = globalId(0);
          if (i >= a.length) return;
          long x = a[i], y = b[i];
          int k = i * 11;
          out[k] = x >> 3;
          out[k + 1] = x >>> 3;
          out[k + 2] = x >> y;
          out[k + 3] = x >>> y;
          out[k + 4] = x << (int) y;
          out[k + 5] = x * y + Long.MIN_VALUE;
          out[k + 6] = y == 0 ? 0 : x / y;
          out[k + 7] = y == 0 ? 0 : x % y;
          out[k + 8] = Math.abs(x) - Math.max(x, y) + Long.numberOfTrailingZeros(y) + Long.bitCount(x);
          out[k + 9] = y == 0 ? 0 : Math.floorDiv(x, y);
          out[k + 10] = y == 0 ? 0 : Math.floorMod(x, y);
        }

        static void floatToInteger(float[] f, double[] d, int[] ints, long[] longs) {
          int i = globalId(0);
          if (i >= f.length) return;
          int k = i * 7;
          ints[k] = (int) f[i];
          ints[k + 1] = (int) d[i];
          ints[k + 2] = (char) f[i];
          ints[k + 3] = (short) d[i];
          ints[k + 4] = (byte) f[i];
          ints[k + 5] = Math.round(f[i]);
          ints[k + 6] = (int) (long) d[i];
          longs[i * 3] = (long) f[i];
          longs[i * 3 + 1] = (long) d[i];
          longs[i * 3 + 2] = Math.round(d[i]);
        }

        static void floats(float[] a, float[] b, float[] out) {
          int i = globalId(0);
          if (i >= a.length) return;
          float x = a[i], y = b[i];
          int k = i * 14;
          out[k] = x + y;
          out[k + 1] = x * y - y;
          out[k + 2] = x / y;
          out[k + 3] = x % y;
          out[k + 4] = Math.min(x, y);
          out[k + 5] = Math.max(x, y);
          out[k + 6] = Math.abs(x);
          out[k + 7] = (float) Math.sqrt(x);
          out[k + 8] = Math.fma(x, y, 1f);
          out[k + 9] = x * y + 1f;
          out[k + 10] = Math.copySign(x, y);
          out[k + 11] = Math.signum(x);
          out[k + 12] = -x;
          out[k + 13] = (float) ((double) x * y);
        }

        static void doubles(double[] a, double[] b, double[] out) {
          int i = globalId(0);
          if (i >= a.length) return;
          double x = a[i], y = b[i];
          int k = i * 10;
          out[k] = x + y * x;
          out[k + 1] = x / y;
          out[k + 2] = x % y;
          out[k + 3] = Math.min(x, y);
          out[k + 4] = Math.max(x, y);
          out[k + 5] = Math.floor(x);
          out[k + 6] = Math.ceil(x);
          out[k + 7] = Math.rint(x);
          out[k + 8] = Math.sqrt(x);
          out[k + 9] = Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ 1L) + (Double.isNaN(y) ? 1 : 0);
        }

        static void chars(char[] c, int[] out) {
          int i = globalId(0);
          if (i >= c.length) return;
          char ch = c[i];
          int k = i * 7;
          out[k] = ch + 1;
          out[k + 1] = (char) (ch - 2);
          char d = ch;
          d++;
          out[k + 2] = d;
          d += 70000;
          out[k + 3] = d;
          out[k + 4] = ch > 40000 ? 1 : 0;
          out[k + 5] = (short) ch;
          out[k + 6] = ch * ch;
          c[i] = (char) (ch >> 1);
        }

        static void bytes(byte[] v, int[] out) {
          int i = globalId(0);
          if (i >= v.length) return;
          byte b = v[i];
          int k = i * 6;
          b += 300;
          out[k] = b;
          b *= 3;
          out[k + 1] = b;
          b >>>= 1;
          out[k + 2] = b;
          short s = b;
          s -= 70000;
          out[k + 3] = s;
          out[k + 4] = v[i]++;
          out[k + 5] = --v[i] + v[i]-- * 2;
        }

        static void scalars(boolean z, byte b, char c, short s, int i, long l, float f, double d, long[] out,
            double[] real) {
          int g = globalId(0);
          out[g * 6] = z ? g : -g;
          out[g * 6 + 1] = b * g;
          out[g * 6 + 2] = c + g;
          out[g * 6 + 3] = s - g;
          out[g * 6 + 4] = i ^ g;
          out[g * 6 + 5] = l * g;
          real[g * 2] = f * g;
          real[g * 2 + 1] = d / (g + 1);
        }

        static void aliased(int[] a, int[] b) {
          int i = globalId(0);
          if (i >= a.length) return;
          a[i] = 5 * i;
          b[i] += 1;
        }

        static void booleans(boolean[] p, boolean[] q, boolean[] out) {
          int i = globalId(0);
          if (i >= p.length) return;
          boolean x = p[i], y = q[i];
          out[i * 4] = x & y | !x;
          out[i * 4 + 1] = x ^ y;
          boolean z = x;
          z &= y;
          z |= !y && x || y;
          out[i * 4 + 2] = z;
          out[i * 4 + 3] = x == y;
        }
      }
      """;

  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Corners", SOURCE);
  }

  private static final int[] INTS = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 7, -7, 31, 32, 33, 12345, -99999,
      Integer.MIN_VALUE, 5, -64};
  private static final int[] INTS_B = {-1, 0, 1, -1, -1, 2, -3, 31, 32, -33, 64, 5, 0, Integer.MIN_VALUE, 63};
  private static final long[] LONGS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, -123456789012345L, 1L << 40, -8, 77,
      Long.MIN_VALUE, 5};
  private static final long[] LONGS_B = {-1, 0, 1, -1, -1, 63, 64, 65, -1, 0, Long.MIN_VALUE};
  private static final float[] FLOATS = {Float.NaN, -0.0f, 0.0f, 1e30f, -1e30f, 2.5f, -2.5f, 0.49999997f, -0.5f,
      Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 3.4028235e38f, 1.4e-45f, 65535.9f, 65536.5f, -129.7f, 8388609f,
      0.1f};
  private static final float[] FLOATS_B = {1f, 0.0f, -0.0f, 3f, Float.NaN, -2.5f, 0.0f, 1e-30f, -0.5f, 2f,
      Float.POSITIVE_INFINITY, 1e-38f, -1f, 7f, -0.0f, 3.3f, 0.5f, 0.3f};
  private static final double[] DOUBLES = {Double.NaN, -0.0, 0.0, 1e300, -1e300, 2.5, -2.5, 0.49999999999999994, -0.5,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9.2233720368547758E18, -9.2233720368547758E18, 4.9e-324,
      1.5, -3.5, 4503599627370497.0, 0.1};
  private static final double[] DOUBLES_B = {1.0, 0.0, -0.0, 3.0, Double.NaN, -2.5, 0.0, 1e-300, -0.5, 2.0,
      Double.POSITIVE_INFINITY, 1e-308, -1.0, 7.0, -0.0, 3.3, 0.5, 0.3};

  @Test
  void intArithmeticWrapsMasksShiftsAndDividesLikeJava() throws Throwable {
    assertSameAsJava(kernels, "ints", Grid.of(INTS.length, 4),
        () -> new Object[] {INTS.clone(), INTS_B.clone(), new int[INTS.length * 15]});
  }

  @Test
  void longArithmeticShiftsSignedAndUnsignedLikeJava() throws Throwable {
    assertSameAsJava(kernels, "longs", Grid.of(LONGS.length, 4),
        () -> new Object[] {LONGS.clone(), LONGS_B.clone(), new long[LONGS.length * 11]});
  }

  @Test
  void floatToIntegerSaturatesAndMapsNanToZero() throws Throwable {
    assertSameAsJava(kernels, "floatToInteger", Grid.of(FLOATS.length, 8),
        () -> new Object[] {FLOATS.clone(), DOUBLES.clone(), new int[FLOATS.length * 7], new long[FLOATS.length * 3]});
  }

  @Test
  void floatArithmeticStaysInFloatWithoutContraction() throws Throwable {
    assertSameAsJava(kernels, "floats", Grid.of(FLOATS.length, 8),
        () -> new Object[] {FLOATS.clone(), FLOATS_B.clone(), new float[FLOATS.length * 14]});
  }

  @Test
  void doubleArithmeticAndExactMathMatchJava() throws Throwable {
    assertSameAsJava(kernels, "doubles", Grid.of(DOUBLES.length, 8),
        () -> new Object[] {DOUBLES.clone(), DOUBLES_B.clone(), new double[DOUBLES.length * 10]});
  }

  @Test
  void charsAreUnsignedAndNarrowInCompoundAssignment() throws Throwable {
    char[] chars = {0, 1, 'A', 40001, 65535, 32768, 1000};
    assertSameAsJava(kernels, "chars", Grid.of(chars.length, 2),
        () -> new Object[] {chars.clone(), new int[chars.length * 7]});
  }

  @Test
  void bytesWrapInCompoundAssignmentAndIncrement() throws Throwable {
    byte[] bytes = {0, 1, -1, 127, -128, 100, -100, 55};
    assertSameAsJava(kernels, "bytes", Grid.of(bytes.length, 3),
        () -> new Object[] {bytes.clone(), new int[bytes.length * 6]});
  }

  @Test
  void booleanOperatorsAndArraysMatchJava() throws Throwable {
    boolean[] p = {false, false, true, true};
    boolean[] q = {false, true, false, true};
    assertSameAsJava(kernels, "booleans", Grid.of(4, 4),
        () -> new Object[] {p.clone(), q.clone(), new boolean[16]});
  }

  @Test
  void everyPrimitiveParameterTypeArrivesIntact() throws Throwable {
    assertSameAsJava(kernels, "scalars", Grid.of(4, 4), () -> new Object[] {true, (byte) -128, (char) 65535,
        (short) -32768, Integer.MIN_VALUE, Long.MAX_VALUE, -0.0f, Double.MIN_VALUE, new long[24], new double[8]});
    assertSameAsJava(kernels, "scalars", Grid.of(4, 4), () -> new Object[] {false, (byte) 127, 'x', (short) 7, 42,
        -5L, Float.NaN, -1e300, new long[24], new double[8]});
  }

  @Test
  void theSameArrayPassedTwiceIsOneArrayInTheKernel() throws Throwable {
    assertSameAsJava(kernels, "aliased", Grid.of(10, 4), () -> {
      int[] shared = new int[10];
      return new Object[] {shared, shared};
    });
  }

  @Test
  void resultsAreTheSameWithChecksOff() throws Throwable {
    assertSameAsJava(kernels, "ints", CodegenOptions.defaults().withoutChecks(), Grid.of(INTS.length, 4),
        () -> new Object[] {INTS.clone(), INTS_B.clone(), new int[INTS.length * 15]});
    assertSameAsJava(kernels, "floats", CodegenOptions.defaults().withoutChecks(), Grid.of(FLOATS.length, 8),
        () -> new Object[] {FLOATS.clone(), FLOATS_B.clone(), new float[FLOATS.length * 14]});
  }
}
