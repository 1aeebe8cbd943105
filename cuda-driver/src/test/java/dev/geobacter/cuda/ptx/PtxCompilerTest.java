package dev.geobacter.cuda.ptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.testing.PluginCompiledClass;
import dev.geobacter.cuda.testing.Ptxas;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PTX for real kernels (compiled by javac with the plugin), validated by {@code ptxas} for the
 * H100's {@code sm_90} when the CUDA toolkit is installed, plus the shape of what the NVPTX target
 * emits. On a failure the PTX is kept and its path is in the message.
 */
class PtxCompilerTest {
  private static final String SOURCE = """
      import static dev.geobacter.Gpu.*;

      final class Kernels {
        static void saxpy(float a, float[] x, float[] y) {
          int i = globalId(0);
          if (i < x.length) y[i] = a * x[i] + y[i];
        }

        static void neighbours(int[] values, int[] out) {
          int i = globalId(0);
          values[i] = values[i] * 2 + groupId(0);
          barrier();
          int next = localId(0) + 1 < localSize(0) ? values[i + 1] : 0;
          out[i] = next + numGroups(0) + globalSize(0);
        }

        static void grid3d(long[] out, int width, int height) {
          int x = globalId(0), y = globalId(1), z = globalId(2);
          out[(z * height + y) * width + x] = (long) x * globalSize(1) + localId(2) + groupId(1) + localSize(2);
        }

        static int divide(int a, int b) {
          return a / b + a % b;
        }

        static void mixed(boolean flag, byte b, char c, short s, long l, double d, int[] ints, double[] doubles,
            boolean[] flags, byte[] bytes, char[] chars, short[] shorts, long[] longs, float[] floats) {
          int i = globalId(0);
          ints[i] = divide(ints[i], i + 1) + Integer.bitCount(ints[i]) + Long.numberOfLeadingZeros(l);
          doubles[i] = Math.sqrt(doubles[i]) + Math.floor(d) + Math.max(d, doubles[i]) + Math.fma(d, d, 1.0)
              + Math.copySign(d, -1.0) + Math.abs(d) + Math.rint(d);
          floats[i] = Math.min(floats[i], 2f) + Math.round(floats[i]) + (float) Math.ceil(floats[i]);
          longs[i] = longs[i] / (l | 1) + Math.round(d) + (long) d;
          flags[i] = flag ^ flags[i];
          bytes[i] += b;
          chars[i] += c;
          shorts[i] *= s;
        }

        static void everything(int[] ints, long[] longs, float[] floats, double[] doubles, char[] chars) {
          int i = globalId(0);
          int n = ints[i];
          long l = longs[i];
          float f = floats[i];
          double d = doubles[i];
          int total = 0;
          for (int k = 0; k < (n & 15); k++) {
            switch (k % 4) {
              case 0 -> total += Integer.numberOfTrailingZeros(n + k);
              case 1 -> total -= Long.bitCount(l >>> k) + Long.numberOfTrailingZeros(l);
              case 2 -> total ^= Integer.numberOfLeadingZeros(n) << (k & 31);
              default -> total += (int) (l % (k + 1)) + n / -1 + n % -1;
            }
          }
          while (total > 1000) total >>= 1;
          do { total++; } while (total % 7 != 0);
          ints[i] = total + Math.abs(n) + Math.min(n, 3) + Math.max(n, -3) + (int) Math.signum(f) + Float.floatToRawIntBits(f)
              + (Float.isNaN(f) ? 1 : 0) + (Double.isNaN(d) ? 2 : 0) + (int) f + (int) d + (char) n + (short) l + (byte) d;
          longs[i] = Math.abs(l) + Math.min(l, 5L) + Math.max(l, -5L) + Double.doubleToRawLongBits(d) + (long) f + (long) d
              + (l << n) + (l >> n) + (l >>> n) + Long.numberOfLeadingZeros(l) + Math.round(d) + (l * l - l / 3);
          floats[i] = Math.abs(f) + Math.max(f, 0.5f) + Math.copySign(f, -2f) + Math.signum(f) + (float) l + (float) d
              + Float.intBitsToFloat(n) + Math.fma(f, f, f) + (float) Math.sqrt(f) + f % 3f + (f < 1 ? 1 : 0);
          doubles[i] = Math.min(d, -0.0) + Math.signum(d) + Math.ceil(d) + Double.longBitsToDouble(l) + d % 2.5 + (double) l
              + (d >= f ? d : -d) + Math.round(f) + (double) (char) chars[i];
          chars[i] = (char) (chars[i] + 1);
        }

        static void bits(int[] ints, long[] longs, float[] floats, double[] doubles) {
          int i = globalId(0);
          int n = ints[i];
          long l = longs[i];
          float f = floats[i];
          double d = doubles[i];
          ints[i] = Integer.reverse(n) + Integer.reverseBytes(n) + Integer.highestOneBit(n) + Integer.lowestOneBit(n)
              + Integer.signum(n) + Integer.rotateLeft(n, i) + Integer.rotateRight(n, 3) + Integer.compare(n, i)
              + Integer.compareUnsigned(n, i) + Integer.divideUnsigned(n, i + 1) + Integer.remainderUnsigned(n, 7)
              + Float.compare(f, 1f) + Double.compare(d, f) + Float.floatToIntBits(f) + Long.signum(l)
              + (Float.isInfinite(f) ? 1 : 0) + (Double.isFinite(d) ? 2 : 0) + Math.floorDiv(n, 3) + Math.floorMod(n, -5);
          longs[i] = Long.reverse(l) + Long.reverseBytes(l) + Long.highestOneBit(l) + Long.lowestOneBit(l)
              + Long.rotateLeft(l, n) + Long.divideUnsigned(l, 11L) + Long.remainderUnsigned(l, 13L)
              + Long.compareUnsigned(l, 5L) + Double.doubleToLongBits(d) + Integer.toUnsignedLong(n)
              + Math.floorDiv(l, 7L) + Math.floorMod(l, 9L);
          floats[i] = Math.ulp(f) + Float.min(f, 2f) + Float.max(f, -2f) + Float.sum(f, 1f) + StrictMath.copySign(f, -1f);
          doubles[i] = Math.ulp(d) + Math.toRadians(d) + Math.toDegrees(d) + Double.sum(d, 2.0) + StrictMath.copySign(d, f);
        }

        static void sine(double[] x) {
          x[globalId(0)] = Math.sin(x[globalId(0)]);
        }
      }
      """;

  private static PluginCompiledClass kernels;
  private static final PtxCompiler SM_90 = PtxCompiler.forComputeCapability(9, 0);

  @BeforeAll
  static void compileKernels() {
    kernels = PluginCompiledClass.compile("Kernels", SOURCE);
  }

  @Test
  void saxpyIsAKernelEntryReadingSpecialRegisters() throws Exception {
    PtxKernel kernel = SM_90.compile(kernels.program("saxpy"), CodegenOptions.defaults());
    String ptx = kernel.ptx();
    assertTrue(ptx.contains(".target sm_90"), ptx);
    assertTrue(ptx.contains(".entry " + kernel.entrySymbol()), ptx);
    assertTrue(ptx.contains("%ctaid.x") && ptx.contains("%ntid.x") && ptx.contains("%tid.x"), ptx);
    // a, x (pointer, length), y (pointer, length), the status buffer.
    assertEquals(6, parameters(ptx, kernel.entrySymbol()), ptx);
    assertTrue(ptx.contains("ld.global.f32"), "array reads must use the global address space:\n" + ptx);
    assertNoContraction(ptx);
    assertAssembles(ptx);
  }

  @Test
  void irBeforeAndAfterOptimizationDefinesTheEntryThePtxHas() {
    PtxKernel kernel = SM_90.compile(kernels.program("saxpy"), CodegenOptions.defaults());
    String lowered = SM_90.ir(kernels.program("saxpy"), CodegenOptions.defaults(), false);
    String optimized = SM_90.ir(kernels.program("saxpy"), CodegenOptions.defaults(), true);
    for (String ir : new String[] {lowered, optimized}) {
      assertTrue(ir.contains("target triple = \"nvptx64-nvidia-cuda\""), ir);
      assertTrue(ir.contains("define ptx_kernel void @" + kernel.entrySymbol() + "("), ir);
    }
    assertTrue(lowered.contains("alloca"), "lowered IR keeps its locals in memory:\n" + lowered);
    assertFalse(optimized.contains("alloca"), "the optimizer promotes locals to registers:\n" + optimized);
  }

  @Test
  void boundsChecksRecordIntoTheStatusBufferAndCanBeTurnedOff() throws Exception {
    PtxKernel checked = SM_90.compile(kernels.program("neighbours"), CodegenOptions.defaults());
    assertTrue(checked.ptx().contains("atom.relaxed") || checked.ptx().contains("atom.global.cas")
        || checked.ptx().contains("atom.cas"), checked.ptx());
    assertTrue(checked.failureSites().size() > 0);
    assertAssembles(checked.ptx());
    PtxKernel unchecked = SM_90.compile(kernels.program("neighbours"), CodegenOptions.defaults().withoutChecks());
    assertFalse(unchecked.ptx().contains(NvptxFailureRecorder.NAME), unchecked.ptx());
    assertEquals(0, unchecked.failureSites().size());
    assertAssembles(unchecked.ptx());
  }

  @Test
  void barrierIsBarSync() throws Exception {
    String ptx = SM_90.compile(kernels.program("neighbours"), CodegenOptions.defaults()).ptx();
    assertTrue(Pattern.compile("\\bbar(rier)?(\\.cta)?\\.sync(\\.aligned)?\\s+0;").matcher(ptx).find(), ptx);
    assertTrue(ptx.contains("%nctaid.x"), ptx);
  }

  @Test
  void threeDimensionalIds() throws Exception {
    String ptx = SM_90.compile(kernels.program("grid3d"), CodegenOptions.defaults()).ptx();
    for (String register : new String[] {"%ctaid.y", "%ctaid.z", "%tid.z", "%ntid.z", "%nctaid.y"}) {
      assertTrue(ptx.contains(register), register + " missing:\n" + ptx);
    }
    assertAssembles(ptx);
  }

  @Test
  void everyParameterKindAndTheExactMathFunctionsAssemble() throws Exception {
    PtxKernel kernel = SM_90.compile(kernels.program("mixed"), CodegenOptions.defaults());
    // 6 scalars, 8 arrays of two slots each, the status buffer.
    assertEquals(6 + 16 + 1, kernel.layout().slots().size());
    String ptx = kernel.ptx();
    assertTrue(ptx.contains("sqrt.rn.f64"), "Math.sqrt must be correctly rounded:\n" + ptx);
    assertTrue(ptx.contains("div.s32") || ptx.contains("rem.s32"), ptx);
    assertAssembles(ptx);
  }

  @Test
  void everyJdkMethodAndOperatorTheLoweringOffersAssembles() throws Exception {
    for (CodegenOptions options : new CodegenOptions[] {CodegenOptions.defaults(), CodegenOptions.defaults().withoutChecks(),
        new CodegenOptions(true, true, 0)}) {
      assertAssembles(SM_90.compile(kernels.program("everything"), options).ptx());
    }
  }

  @Test
  void bitAndOrderingMethodsOfTheJdkAssemble() throws Exception {
    for (CodegenOptions options : new CodegenOptions[] {CodegenOptions.defaults(), CodegenOptions.defaults().withoutChecks()}) {
      assertAssembles(SM_90.compile(kernels.program("bits"), options).ptx());
    }
  }

  @Test
  void newerArchitecturesAssembleToo() throws Exception {
    PtxCompiler blackwell = PtxCompiler.forComputeCapability(12, 0);
    String ptx = blackwell.compile(kernels.program("saxpy"), CodegenOptions.defaults()).ptx();
    assertTrue(ptx.contains(".target sm_120"), ptx);
    assertAssembles(ptx, "sm_120");
  }

  @Test
  void transcendentalMathWithoutItsSubstituteInTheProgramIsRefusedWithItsPosition() {
    // This program holds the class's own methods only; the driver's respool would add the substitute.
    CodegenException error = assertThrows(CodegenException.class,
        () -> SM_90.compile(kernels.program("sine"), CodegenOptions.defaults()));
    assertTrue(error.getMessage().contains("java.lang.Math.sin") && error.getMessage().contains("cuda")
        && error.getMessage().contains("dev.geobacter.math.Trigonometry.sin"), error.getMessage());
    assertEquals("Kernels.java", error.position().sourceFile());
    assertTrue(error.position().line() > 0, error.getMessage());
  }

  @Test
  void ptxIsDumpedOnRequest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
    System.setProperty(PtxCompiler.DUMP_PROPERTY, directory.toString());
    try {
      PtxKernel kernel = SM_90.compile(kernels.program("saxpy"), CodegenOptions.defaults());
      assertEquals(kernel.ptx(), java.nio.file.Files.readString(directory.resolve(kernel.entrySymbol() + ".ptx")));
    } finally {
      System.clearProperty(PtxCompiler.DUMP_PROPERTY);
    }
  }

  @Test
  void entrySymbolsAreValidPtxIdentifiersUniquePerOptions() {
    String checked = PtxCompiler.entrySymbol(kernels.program("saxpy"), CodegenOptions.defaults());
    String unchecked = PtxCompiler.entrySymbol(kernels.program("saxpy"), CodegenOptions.defaults().withoutChecks());
    assertTrue(PtxNames.isValid(checked), checked);
    assertFalse(checked.equals(unchecked));
    assertTrue(checked.startsWith("geobacter_saxpy_"), checked);
  }

  private static void assertNoContraction(String ptx) {
    assertFalse(ptx.contains("fma.rn.f32"), "Java forbids contracting a * x + y into an FMA:\n" + ptx);
  }

  private static void assertAssembles(String ptx) throws Exception {
    Ptxas.assertAssembles(ptx, "sm_90");
  }

  private static void assertAssembles(String ptx, String arch) throws Exception {
    Ptxas.assertAssembles(ptx, arch);
  }

  /** The number of distinct parameters of the entry {@code symbol} that the PTX mentions. */
  private static long parameters(String ptx, String symbol) {
    return Pattern.compile(Pattern.quote(symbol) + "_param_(\\d+)").matcher(ptx).results().map(m -> m.group(1))
        .distinct().count();
  }
}
