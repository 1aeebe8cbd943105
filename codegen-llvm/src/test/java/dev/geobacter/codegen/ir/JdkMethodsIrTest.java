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
