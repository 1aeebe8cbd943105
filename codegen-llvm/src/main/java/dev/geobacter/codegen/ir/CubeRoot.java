package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code Math.cbrt} within Java's 1 ulp. The C library's {@code cbrt} is only a few ulps close
 * (glibc's is off by up to 3), so its result {@code y} is refined by one Newton step on
 * {@code y^3 - x} whose residual is computed exactly with FMA: the step removes the error to
 * second order, leaving the final rounding (half an ulp) and a tiny remainder. Inputs far from 1
 * are scaled by exact powers of two (2^600 inside, 2^200 back out) so that {@code y^3} neither
 * overflows nor loses bits to subnormals. Zeros, infinities and NaN are their own cube roots.
 */
final class CubeRoot {
  private static final double SCALE_LIMIT = 0x1p600;

  private CubeRoot() {}

  static LLVMValueRef cbrt(FunctionScope scope, LLVMValueRef x) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef f64 = scope.types().f64;
    LLVMValueRef magnitude = Intrinsics.unary(scope, "llvm.fabs", x);
    LLVMValueRef tiny = LLVMBuildFCmp(builder, LLVMRealOLT, magnitude, real(f64, 1 / SCALE_LIMIT), "cbrt.tiny");
    LLVMValueRef huge = LLVMBuildFCmp(builder, LLVMRealOGT, magnitude, real(f64, SCALE_LIMIT), "cbrt.huge");
    LLVMValueRef inward = LLVMBuildSelect(builder, tiny, real(f64, SCALE_LIMIT),
        LLVMBuildSelect(builder, huge, real(f64, 1 / SCALE_LIMIT), real(f64, 1), ""), "");
    LLVMValueRef outward = LLVMBuildSelect(builder, tiny, real(f64, 0x1p-200),
        LLVMBuildSelect(builder, huge, real(f64, 0x1p200), real(f64, 1), ""), "");
    LLVMValueRef scaled = LLVMBuildFMul(builder, x, inward, "");

    LLVMValueRef y = CLibrary.call(scope, "cbrt", f64, scaled);
    // y^3 = cube + cubeError + squareError * y exactly (up to a rounding of the last, tiny product).
    LLVMValueRef square = LLVMBuildFMul(builder, y, y, "");
    LLVMValueRef squareError = fma(scope, y, y, LLVMBuildFNeg(builder, square, ""));
    LLVMValueRef cube = LLVMBuildFMul(builder, square, y, "");
    LLVMValueRef cubeError = fma(scope, square, y, LLVMBuildFNeg(builder, cube, ""));
    // cube and scaled are within a factor of two of each other, so their difference is exact.
    LLVMValueRef residual = LLVMBuildFAdd(builder, LLVMBuildFSub(builder, cube, scaled, ""),
        fma(scope, squareError, y, cubeError), "");
    LLVMValueRef step = LLVMBuildFDiv(builder, residual, LLVMBuildFMul(builder, real(f64, 3), square, ""), "");
    LLVMValueRef refined = LLVMBuildFMul(builder, LLVMBuildFSub(builder, y, step, ""), outward, "");

    LLVMValueRef isZero = LLVMBuildFCmp(builder, LLVMRealOEQ, x, real(f64, 0), "");
    LLVMValueRef notFinite = LLVMBuildFCmp(builder, LLVMRealUGE, magnitude, real(f64, Double.POSITIVE_INFINITY), "");
    LLVMValueRef itself = LLVMBuildOr(builder, isZero, notFinite, "");
    return LLVMBuildSelect(builder, itself, x, refined, "cbrt");
  }

  private static LLVMValueRef fma(FunctionScope scope, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c) {
    return Intrinsics.call(scope, "llvm.fma", new LLVMTypeRef[] {LLVMTypeOf(a)}, a, b, c);
  }

  private static LLVMValueRef real(LLVMTypeRef type, double value) {
    return LLVMConstReal(type, value);
  }
}
