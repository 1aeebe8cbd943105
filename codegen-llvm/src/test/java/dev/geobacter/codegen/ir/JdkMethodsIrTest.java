package dev.geobacter.codegen.ir;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import dev.geobacter.codegen.testing.IrCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IR of JDK intrinsics whose lowering is a single LLVM operation: the differential tests prove
 * the results, these show that they cost what the JDK's own intrinsics cost.
 */
class JdkMethodsIrTest {
  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Jdk", """
        class Jdk {
          static void bits(int[] v, long[] w) {
            v[0] = Integer.rotateLeft(v[1], v[2]);
            w[0] = Long.rotateRight(w[1], v[3]);
            v[4] = Integer.reverse(v[5]) ^ Integer.reverseBytes(v[6]);
            v[7] = Integer.compareUnsigned(v[8], v[9]) + Long.compare(w[2], w[3]);
          }

          static void angles(double[] d) {
            d[0] = Math.toRadians(d[1]);
            d[2] = StrictMath.toDegrees(d[3]);
          }

          static void unsigned(int[] v) {
            v[0] = Integer.divideUnsigned(v[1], v[2]);
          }

          static void floatRoot(float[] f) {
            f[0] = 1f / (float) Math.sqrt(f[1] * f[1] + f[2]);
            f[3] = (float) StrictMath.sqrt(f[4]);
          }

          static void intRoot(int[] v, float[] f) {
            f[0] = (float) Math.sqrt(v[0]);
          }
        }
        """);
  }

  private static String lowered(String kernel) {
    return HostDifferential.compiler().ir(kernels.program(kernel), CodegenOptions.defaults(), false);
  }

  @Test
  void bitMethodsAreSingleLlvmIntrinsics() {
    IrCheck.assertMatches("jdk-bits", """
        // CHECK: call i32 @llvm.fshl.i32(i32 {{%[0-9]+}}, i32 {{%[0-9]+}}, i32
        // CHECK: sext i32
        // CHECK: call i64 @llvm.fshr.i64(
        // CHECK: call i32 @llvm.bitreverse.i32(
        // CHECK: call i32 @llvm.bswap.i32(
        // CHECK: call i32 @llvm.ucmp.i32.i32(
        // CHECK: call i32 @llvm.scmp.i32.i64(
        """, lowered("bits"));
  }

  @Test
  void angleConversionsAreOneMultiplicationByTheJdksConstant() {
    IrCheck.assertMatches("jdk-angles", """
        // CHECK: fmul double {{%[0-9]+}}, 0x3F91DF46A2529D39
        // CHECK: fmul double {{%[0-9]+}}, 0x404CA5DC1A63C1F8
        """, lowered("angles"));
  }

  @Test
  void floatSquareRootNarrowedFromDoubleIsASingleFloatRoot() {
    String checks = """
        // CHECK: define internal void @Jdk_dfloatRoot_l_aF_rV(
        // CHECK-NOT: double
        // CHECK: call float @llvm.sqrt.f32(float
        // CHECK-NOT: double
        // CHECK: fdiv float 1.000000e+00,
        // CHECK-NOT: double
        // CHECK: call float @llvm.sqrt.f32(float
        // CHECK-NOT: double
        """;
    IrCheck.assertMatches("jdk-float-root", checks, lowered("floatRoot"));
    // O3 inlines the kernel into the launch loop and must not widen the roots back.
    IrCheck.assertMatches("jdk-float-root-optimized", """
        // CHECK-NOT: double
        // CHECK: define void @geobacter.kernel(
        // CHECK-NOT: double
        // CHECK: call float @llvm.sqrt.f32(float
        // CHECK-NOT: double
        """, HostDifferential.compiler().ir(kernels.program("floatRoot"), CodegenOptions.defaults(), true));
  }

  @Test
  void intSquareRootNarrowedToFloatStaysDouble() {
    // (float) i rounds differently from (double) i for large ints, so only float operands narrow.
    IrCheck.assertMatches("jdk-int-root", """
        // CHECK: sitofp i32 {{%[0-9]+}} to double
        // CHECK: call double @llvm.sqrt.f64(double
        // CHECK: fptrunc double
        // CHECK-NOT: @llvm.sqrt.f32
        """, lowered("intRoot"));
  }

  @Test
  void unsignedDivisionChecksItsDivisorThenDividesUnsigned() {
    IrCheck.assertMatches("jdk-unsigned", """
        // CHECK: %udiv.zero = icmp eq i32
        // CHECK: check.fail
        // CHECK: call void @geobacter.fail(ptr {{%[a-z0-9]+}}, i32 2,
        // CHECK: check.ok
        // CHECK-NOT: sdiv
        // CHECK: udiv i32
        """, lowered("unsigned"));
  }
}
