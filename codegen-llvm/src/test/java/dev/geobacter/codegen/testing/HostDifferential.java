package dev.geobacter.codegen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.host.HostCompiler;
import dev.geobacter.codegen.host.HostKernel;
import java.lang.reflect.Array;
import java.util.function.Supplier;

/**
 * Runs a kernel on the host device and as plain Java on equal copies of the same arguments, and
 * asserts every array comes out bit-identical (floats compared by their raw bits, so NaN payloads
 * and -0.0 count).
 */
public final class HostDifferential {
  private static HostCompiler compiler;

  private HostDifferential() {}

  public static synchronized HostCompiler compiler() {
    if (compiler == null) compiler = new HostCompiler();
    return compiler;
  }

  public static HostKernel compile(CompiledKernels kernels, String name, CodegenOptions options) {
    return compiler().compile(kernels.program(name), options);
  }

  public static void assertSameAsJava(CompiledKernels kernels, String name, Grid grid, Supplier<Object[]> arguments)
      throws Throwable {
    assertSameAsJava(kernels, name, CodegenOptions.defaults(), grid, arguments);
  }

  public static void assertSameAsJava(CompiledKernels kernels, String name, CodegenOptions options, Grid grid,
      Supplier<Object[]> arguments) throws Throwable {
    assertSameAsJava(kernels, name, options, grid, arguments, false);
  }

  /**
   * With {@code canonicalNaN}, every NaN counts as equal to every other: Java leaves NaN payloads
   * and signs to the hardware (and constant folding), so generated programs compare them this way.
   */
  public static void assertSameAsJava(CompiledKernels kernels, String name, CodegenOptions options, Grid grid,
      Supplier<Object[]> arguments, boolean canonicalNaN) throws Throwable {
    Object[] expected = arguments.get();
    Object[] actual = arguments.get();
    JavaReference.run(kernels, name, grid, expected);
    compile(kernels, name, options).launch(grid, actual);
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != null && expected[i].getClass().isArray()) {
        assertEquals(render(expected[i], canonicalNaN), render(actual[i], canonicalNaN),
            "argument " + i + " of " + name + " after the launch");
      }
    }
  }

  /** One line per element, floats with their raw bits, so a failure shows which element differs. */
  static String render(Object array, boolean canonicalNaN) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Array.getLength(array); i++) {
      Object value = Array.get(array, i);
      out.append('[').append(i).append("] ").append(value);
      if (value instanceof Float f) {
        int bits = canonicalNaN ? Float.floatToIntBits(f) : Float.floatToRawIntBits(f);
        out.append(" 0x").append(Integer.toHexString(bits));
      }
      if (value instanceof Double d) {
        long bits = canonicalNaN ? Double.doubleToLongBits(d) : Double.doubleToRawLongBits(d);
        out.append(" 0x").append(Long.toHexString(bits));
      }
      if (value instanceof Character c) out.append(" (").append((int) c).append(')');
      out.append('\n');
    }
    return out.toString();
  }
}
