package dev.geobacter.codegen.ir;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import dev.geobacter.codegen.testing.IrCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The IR the lowering produces for small kernels, checked FileCheck-style beside each kernel. */
class IrShapeTest {
  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Ir", """
        import static dev.geobacter.Gpu.*;
        class Ir {
          static void saxpy(float a, float[] x, float[] y) {
            int i = globalId(0);
            if (i < x.length) y[i] = a * x[i] + y[i];
          }

          static void convert(float[] f, int[] out) {
            out[0] = (int) f[0];
          }

          static void arithmetic(int[] v) {
            v[0] = v[1] + v[2];
            v[3] = v[4] << v[5];
            v[6] = v[7] / v[8];
          }

          static void columnSum(float[] m, float[] out, int n) {
            int col = globalId(0);
            float sum = 0f;
            for (int k = 0; k < n; k++) sum += m[k * n + col];
            out[col] = sum;
          }

          static void math(double[] d, float[] f) {
            f[0] = Math.min(f[1], f[2]);
            d[0] = Math.sin(d[1]);
          }
        }
        """);
  }

  private static String lowered(String kernel, CodegenOptions options) {
    return HostDifferential.compiler().ir(kernels.program(kernel), options, false);
  }

  private static String optimized(String kernel, CodegenOptions options) {
    return HostDifferential.compiler().ir(kernels.program(kernel), options, true);
  }

  @Test
  void everyMethodIsInternalAndOnlyTheLaunchLoopIsExported() {
    IrCheck.assertMatches("linkage", """
        // CHECK: define internal void @Ir_dsaxpy_lF_aF_aF_rV(ptr %0, float %1, { ptr, i32 } %2, { ptr, i32 } %3)
        // CHECK: define void @geobacter.kernel(ptr %0, ptr %1, i32 %2, i32 %3, ptr %4, ptr %5)
        """, lowered("saxpy", CodegenOptions.defaults()));
  }

  @Test
  void checkedAccessesCompareUnsignedAndCallTheColdRecorder() {
    IrCheck.assertMatches("bounds", """
        // CHECK: %in.bounds = icmp ult i32
        // CHECK: call void @geobacter.fail(ptr %launch, i32 1,
        // CHECK: define internal void @geobacter.fail({{.*}}) #1
        // CHECK: cmpxchg ptr
        // CHECK: attributes #1 = { cold noinline nounwind }
        """, lowered("saxpy", CodegenOptions.defaults()));
  }

  @Test
  void uncheckedSaxpyIsVectorizedWithoutFusedMultiplyAdd() {
    IrCheck.assertMatches("saxpy-vectorized", """
        // CHECK: define void @geobacter.kernel(
        // CHECK-NOT: @geobacter.fail
        // CHECK: vector.body:
        // CHECK-NOT: fma
        // CHECK: fmul <{{[0-9]+}} x float>
        // CHECK: fadd <{{[0-9]+}} x float>
        """, optimized("saxpy", CodegenOptions.defaults().withoutChecks()));
  }

  @Test
  void checkedSaxpyIsVectorizedBetweenPreAndPostLoopsThatKeepTheChecks() {
    IrCheck.assertMatches("saxpy-checked", """
        // CHECK: define void @geobacter.kernel(
        // CHECK: vector.body:
        // CHECK: fmul <{{[0-9]+}} x float>
        // CHECK: call fastcc void @geobacter.fail(
        """, optimized("saxpy", CodegenOptions.defaults()));
  }

  @Test
  void aColumnWalkRunsInACheckFreeCopyWhenOneTestBeforeTheLoopProvesItsRange() {
    IrCheck.assertMatches("counted-loop", """
        // CHECK: %in.bounds.everywhere = or i1 %no.iterations,
        // CHECK: br i1 %in.bounds.everywhere, label %for.unchecked.{{[0-9]+}}, label %for.checked.{{[0-9]+}}
        // CHECK: for.body.{{[0-9]+}}:
        // CHECK-NOT: @geobacter.fail
        // CHECK: getelementptr inbounds float
        // CHECK-NOT: @geobacter.fail
        // CHECK: for.body.{{[0-9]+}}:
        // CHECK: %in.bounds = icmp ult i32
        // CHECK: call void @geobacter.fail(
        """, lowered("columnSum", CodegenOptions.defaults()));
  }

  @Test
  void assemblyShowsTheVectorizedLoopWithoutFusedMultiplyAdd() {
    IrCheck.assertMatches("saxpy-assembly", """
        // CHECK: geobacter.kernel:
        // CHECK-NOT: fmadd
        // CHECK: mulps{{\\s}}
        // CHECK: addps{{\\s}}
        """, HostDifferential.compiler().assembly(kernels.program("saxpy"), CodegenOptions.defaults()));
  }

  @Test
  void floatToIntSaturates() {
    IrCheck.assertMatches("fptosi", """
        // CHECK-NOT: fptosi float
        // CHECK: call i32 @llvm.fptosi.sat.i32.f32(float
        """, lowered("convert", CodegenOptions.defaults()));
  }

  @Test
  void integerArithmeticWrapsShiftsMaskAndDivisionAvoidsOverflow() {
    IrCheck.assertMatches("arithmetic", """
        // CHECK-NOT: add nsw
        // CHECK: add i32
        // CHECK: %shift.distance = and i32 {{%[0-9]+}}, 31
        // CHECK: shl i32
        // CHECK: %div.zero = icmp eq i32
        // CHECK: %div.minus.one = icmp eq i32 {{%[0-9]+}}, -1
        // CHECK: select i1 %div.minus.one, i32 1,
        // CHECK: sdiv i32
        // CHECK: sub i32 0,
        """, lowered("arithmetic", CodegenOptions.defaults()));
  }

  @Test
  void mathUsesNanPropagatingMinimumAndTheCLibrary() {
    IrCheck.assertMatches("math", """
        // CHECK: call float @llvm.minimum.f32(float
        // CHECK: call double @sin(double
        // CHECK: declare double @sin(double)
        """, lowered("math", CodegenOptions.defaults()));
  }
}
