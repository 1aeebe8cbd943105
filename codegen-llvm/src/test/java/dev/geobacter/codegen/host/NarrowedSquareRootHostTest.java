package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import dev.geobacter.codegen.testing.JavaReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code (float) Math.sqrt(f)} is compiled to a float square root; these kernels prove it gives
 * Java's bits (fptrunc of the double root) for floats spread over the whole bit space and for every
 * special value, raw bits compared, NaN payloads included.
 */
class NarrowedSquareRootHostTest {
  /** Odd and coprime to 2^32, so the walk meets every exponent and many mantissas of both signs. */
  private static final int STRIDE = 4093;

  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Roots", """
        import static dev.geobacter.Gpu.*;
        class Roots {
          static void mathSqrt(float[] x, float[] out) {
            int i = globalId(0);
            if (i < x.length) out[i] = (float) Math.sqrt(x[i]);
          }

          static void strictSqrt(float[] x, float[] out) {
            int i = globalId(0);
            if (i < x.length) out[i] = (float) StrictMath.sqrt(x[i]);
          }

          static void inverseDistance(float[] d2, float eps, float[] out) {
            int i = globalId(0);
            if (i < d2.length) out[i] = 1f / (float) Math.sqrt(d2[i] + eps);
          }
        }
        """);
  }

  @Test
  void mathSqrtOfEveryStridedFloatHasJavasBits() throws Throwable {
    float[] x = stridedFloats();
    assertSameBitsAsJava("mathSqrt", x, x);
  }

  @Test
  void strictMathSqrtOfEveryStridedFloatHasJavasBits() throws Throwable {
    float[] x = stridedFloats();
    assertSameBitsAsJava("strictSqrt", x, x);
  }

  @Test
  void specialValuesHaveJavasBits() throws Throwable {
    float[] x = specialFloats();
    assertSameBitsAsJava("mathSqrt", x, x);
    assertSameBitsAsJava("strictSqrt", x, x);
  }

  @Test
  void nbodyStyleInverseDistanceHasJavasBits() throws Throwable {
    float[] d2 = new float[1 << 16];
    for (int i = 0; i < d2.length; i++) d2[i] = Float.intBitsToFloat(0x2000_0000 + i * 16_411);
    assertSameBitsAsJava("inverseDistance", d2, d2, 1e-9f);
  }

  private static void assertSameBitsAsJava(String kernel, float[] input, Object... arguments) throws Throwable {
    Object[] javaArguments = withOutput(arguments, input.length);
    Object[] hostArguments = withOutput(arguments, input.length);
    Grid grid = Grid.of(input.length, 256);
    JavaReference.run(kernels, kernel, grid, javaArguments);
    HostDifferential.compile(kernels, kernel, CodegenOptions.defaults()).launch(grid, hostArguments);
    float[] expected = (float[]) javaArguments[javaArguments.length - 1];
    float[] actual = (float[]) hostArguments[hostArguments.length - 1];
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < input.length; i++) {
      int want = Float.floatToRawIntBits(expected[i]);
      int got = Float.floatToRawIntBits(actual[i]);
      if (want != got) {
        differences.add(String.format("x = %s (0x%08x): Java 0x%08x, host 0x%08x",
            input[i], Float.floatToRawIntBits(input[i]), want, got));
      }
    }
    assertTrue(differences.isEmpty(), kernel + ": " + differences.size() + " of " + input.length
        + " results differ from Java, e.g. " + differences.subList(0, Math.min(10, differences.size())));
  }

  /** The arguments with a fresh output array appended, so the Java and host runs share no memory. */
  private static Object[] withOutput(Object[] arguments, int length) {
    Object[] copy = new Object[arguments.length + 1];
    for (int i = 0; i < arguments.length; i++) {
      copy[i] = arguments[i] instanceof float[] array ? array.clone() : arguments[i];
    }
    copy[arguments.length] = new float[length];
    return copy;
  }

  private static float[] stridedFloats() {
    int count = (int) ((1L << 32) / STRIDE);
    float[] x = new float[count];
    for (int i = 0; i < count; i++) x[i] = Float.intBitsToFloat(i * STRIDE);
    return x;
  }

  private static float[] specialFloats() {
    List<Float> values = new ArrayList<>(List.of(0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.NaN, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL,
        -Float.MIN_NORMAL, Math.nextDown(Float.MIN_NORMAL), Math.nextUp(1f), Math.nextDown(1f), 1f, 2f, 4f,
        -1f, 0.25f, Math.nextDown(Float.POSITIVE_INFINITY)));
    // Subnormals of every width, and NaNs with payloads (quiet, signalling, negative).
    for (int bits = 1; bits < 0x0080_0000; bits = bits * 2 + 1) values.add(Float.intBitsToFloat(bits));
    for (int bits : new int[] {0x7fc0_0001, 0x7fa0_0000, 0xffc0_0000, 0xff80_0001, 0x7fff_ffff}) {
      values.add(Float.intBitsToFloat(bits));
    }
    float[] x = new float[values.size()];
    for (int i = 0; i < x.length; i++) x[i] = values.get(i);
    return x;
  }
}
