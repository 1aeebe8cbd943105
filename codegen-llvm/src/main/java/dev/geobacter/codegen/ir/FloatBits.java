package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The bit-level views and classes of {@code float} and {@code double} values that {@code Float},
 * {@code Double} and {@code StrictMath} define: canonical NaN bits, NaN/infinite/finite tests, and
 * the sign rule of {@code StrictMath.copySign}. Each works on either width.
 */
final class FloatBits {
  private FloatBits() {}

  /** {@code floatToIntBits}/{@code doubleToLongBits}: the raw bits, but every NaN as the one canonical NaN. */
  static LLVMValueRef canonicalBits(FunctionScope scope, LLVMValueRef x) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef bitsType = bitsType(scope, x);
    LLVMValueRef raw = LLVMBuildBitCast(builder, x, bitsType, "");
    // 0x7fc00000 and 0x7ff8000000000000: Java's canonical quiet NaN, positive, no payload.
    long canonicalNaN = isDouble(scope, x) ? 0x7ff8000000000000L : 0x7fc00000L;
    return LLVMBuildSelect(builder, isNaN(scope, x), LLVMConstInt(bitsType, canonicalNaN, 0), raw, "");
  }

  static LLVMValueRef isNaN(FunctionScope scope, LLVMValueRef x) {
    return LLVMBuildFCmp(scope.builder(), LLVMRealUNO, x, x, "");
  }

  /** {@code |x| == inf}: false for NaN. */
  static LLVMValueRef isInfinite(FunctionScope scope, LLVMValueRef x) {
    return LLVMBuildFCmp(scope.builder(), LLVMRealOEQ, Intrinsics.unary(scope, "llvm.fabs", x),
        infinity(x), "");
  }

  /** {@code |x| <= MAX_VALUE}, which is {@code |x| < inf}: false for NaN. */
  static LLVMValueRef isFinite(FunctionScope scope, LLVMValueRef x) {
    return LLVMBuildFCmp(scope.builder(), LLVMRealOLT, Intrinsics.unary(scope, "llvm.fabs", x),
        infinity(x), "");
  }

  /**
   * {@code StrictMath.copySign}: unlike {@code Math.copySign} (which copies whatever sign bit a NaN
   * has), a NaN sign argument counts as positive.
   */
  static LLVMValueRef strictCopySign(FunctionScope scope, LLVMValueRef magnitude, LLVMValueRef sign) {
    LLVMValueRef positive = LLVMConstReal(LLVMTypeOf(sign), 1.0);
    LLVMValueRef definedSign = LLVMBuildSelect(scope.builder(), isNaN(scope, sign), positive, sign, "");
    return Intrinsics.binary(scope, "llvm.copysign", magnitude, definedSign);
  }

  /** The integer type of the same width as {@code x}: i32 for float, i64 for double. */
  static LLVMTypeRef bitsType(FunctionScope scope, LLVMValueRef x) {
    return isDouble(scope, x) ? scope.types().i64 : scope.types().i32;
  }

  static boolean isDouble(FunctionScope scope, LLVMValueRef x) {
    return LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMDoubleTypeKind;
  }

  private static LLVMValueRef infinity(LLVMValueRef x) {
    return LLVMConstReal(LLVMTypeOf(x), Double.POSITIVE_INFINITY);
  }
}
