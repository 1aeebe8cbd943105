package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.KernelInstance;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import dev.geobacter.driver.respool.Respooler;
import dev.geobacter.driver.respool.SidecarCache;
import dev.geobacter.spi.KernelGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kernel math library ({@code dev.geobacter.math}, what devices without a math library call
 * for {@code Math.sin} and friends) compiled by our own pipeline: kernels that call it directly run
 * on the host device, through the driver's respool of the library's sidecars, and must give the
 * bits the same methods give as plain Java on the JVM, for every input.
 */
class KernelMathHostTest {
  private static final int FUNCTIONS = 7;
  private static CompiledKernels app;

  @BeforeAll
  static void compile() {
    app = CompiledKernels.compile("MathApp", """
        import dev.geobacter.*;
        import dev.geobacter.math.*;
        import static dev.geobacter.Gpu.*;
        class MathApp {
          static void trig(double[] x, double[] y, double[] out) {
            int i = globalId(0);
            if (i < x.length) {
              out[7 * i] = Trigonometry.sin(x[i]);
              out[7 * i + 1] = Trigonometry.cos(x[i]);
              out[7 * i + 2] = Trigonometry.tan(x[i]);
              out[7 * i + 3] = ArcSine.asin(y[i]);
              out[7 * i + 4] = ArcSine.acos(y[i]);
              out[7 * i + 5] = ArcTangent.atan(x[i]);
              out[7 * i + 6] = ArcTangent.atan2(y[i], x[i]);
            }
          }

          static void expLog(double[] x, double[] y, double[] out) {
            int i = globalId(0);
            if (i < x.length) {
              int o = 11 * i;
              out[o] = ExpLog.exp(x[i]);
              out[o + 1] = ExpLog.log(x[i]);
              out[o + 2] = ExpLog.log10(x[i]);
              out[o + 3] = ExpLog.pow(x[i], y[i]);
              out[o + 4] = ExpLog.sinh(x[i]);
              out[o + 5] = ExpLog.cosh(x[i]);
              out[o + 6] = ExpLog.tanh(x[i]);
              out[o + 7] = ExpLog.expm1(x[i]);
              out[o + 8] = ExpLog.log1p(x[i]);
              out[o + 9] = ExpLog.cbrt(x[i]);
              out[o + 10] = ExpLog.hypot(x[i], y[i]);
            }
          }

          static double[] runExpLog(String deviceName, double[] x, double[] y) {
            double[] out = new double[11 * x.length];
            try (Device device = Device.byName(deviceName)) {
              device.launch(Geobacter.kernelInstance(MathApp::expLog), Grid.of(x.length, 128), x, y, out);
            }
            return out;
          }

          static void sine(double[] x) {
            int i = globalId(0);
            if (i < x.length) x[i] = Math.sin(x[i]);
          }

          static KernelInstance<?> sineInstance() {
            return Geobacter.kernelInstance(MathApp::sine);
          }

          static double[] run(String deviceName, double[] x, double[] y) {
            double[] out = new double[7 * x.length];
            try (Device device = Device.byName(deviceName)) {
              device.launch(Geobacter.kernelInstance(MathApp::trig), Grid.of(x.length, 128), x, y, out);
            }
            return out;
          }
        }
        """);
  }

  @Test
  void compiledLibraryGivesTheJvmsBits() throws Throwable {
    double[] x = inputs(1);
    double[] y = inputs(2);
    for (int i = 0; i < y.length; i += 2) y[i] = y[i] / Math.max(1.0, Math.abs(y[i])); // half in [-1, 1]
    double[] host = (double[]) app.invokeJava("run", "host", x, y);
    double[] jvm = (double[]) app.invokeJava("run", "jvm", x, y);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < host.length; i++) {
      if (Double.doubleToLongBits(host[i]) != Double.doubleToLongBits(jvm[i])) {
        differences.add("function " + i % FUNCTIONS + " at x=" + x[i / FUNCTIONS] + ", y=" + y[i / FUNCTIONS]
            + ": host " + host[i] + ", jvm " + jvm[i]);
      }
    }
    assertTrue(differences.isEmpty(), differences.size() + " results differ, e.g. "
        + differences.subList(0, Math.min(10, differences.size())));
    assertEquals(Math.sin(1.0), host[0 * FUNCTIONS], Math.ulp(Math.sin(1.0)), "x[0] is 1.0");
  }

  @Test
  void compiledExpLogGivesTheJvmsBits() throws Throwable {
    double[] x = inputs(3);
    double[] y = inputs(4);
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < x.length; i += 3) x[i] = Math.abs(x[i]) % 800; // exp's and pow's interesting range
    for (int i = 1; i < y.length; i += 4) y[i] = random.nextInt(-40, 41); // integer powers
    for (int i = 2; i < y.length; i += 4) y[i] = random.nextDouble(-8, 8);
    double[] host = (double[]) app.invokeJava("runExpLog", "host", x, y);
    double[] jvm = (double[]) app.invokeJava("runExpLog", "jvm", x, y);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < host.length; i++) {
      if (Double.doubleToLongBits(host[i]) != Double.doubleToLongBits(jvm[i])) {
        differences.add("function " + i % 11 + " at x=" + x[i / 11] + ", y=" + y[i / 11] + ": host " + host[i]
            + ", jvm " + jvm[i]);
      }
    }
    assertTrue(differences.isEmpty(), differences.size() + " results differ, e.g. "
        + differences.subList(0, Math.min(10, differences.size())));
    assertEquals(Math.E, host[0], Math.ulp(Math.E), "x[0] is 1.0: exp(1)");
  }

  @Test
  void hostCallsTheCLibraryAndLowersNoSubstitute() throws Throwable {
    KernelGraph graph = new Respooler(new SidecarCache()).respool((KernelInstance<?>) app.invokeJava("sineInstance"));
    KernelProgram program = KernelProgram.of(graph);
    assertTrue(program.methods().size() > 1, "the graph holds the substitute for targets without a C math library");
    String ir = HostDifferential.compiler().ir(program, CodegenOptions.defaults(), false);
    assertTrue(ir.contains("@sin("), ir);
    assertFalse(ir.contains("Trigonometry"), "methods this target never calls are not lowered:\n" + ir);
  }

  /** Special values, then random doubles over every exponent, moderate ones and near multiples of pi/2. */
  private static double[] inputs(long seed) {
    List<Double> values = new ArrayList<>(List.of(1.0, 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 0.5,
        -0.5, -1.0, 0x1p24, Math.nextDown(0x1p24), Math.PI / 2, Math.PI, 1e22, 6381956970095103.0 * 0x1p797));
    SplittableRandom random = new SplittableRandom(seed);
    while (values.size() < 60_000) {
      switch (values.size() % 3) {
        case 0 -> {
          long bits = random.nextLong(0x7ffL) << 52 | random.nextLong() & 0xfffffffffffffL;
          values.add(random.nextBoolean() ? Double.longBitsToDouble(bits) : -Double.longBitsToDouble(bits));
        }
        case 1 -> values.add((random.nextDouble() * 2 - 1) * 100.0);
        default -> values.add(random.nextInt(-1 << 20, 1 << 20) * (Math.PI / 2) + random.nextDouble(-1e-6, 1e-6));
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
