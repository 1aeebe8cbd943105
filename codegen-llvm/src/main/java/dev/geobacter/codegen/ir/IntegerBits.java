package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The bit methods of {@code Integer} and {@code Long} beyond the counts: each built from the
 * JDK's own definition with Java's masked shift distances, so no input reaches LLVM's poison
 * cases (a shift by the full width, {@code ctlz} of zero).
 */
final class IntegerBits {
  private IntegerBits() {}

  /** {@code i & (MIN_VALUE >>> numberOfLeadingZeros(i))}: 0 for 0, where the count is the full width. */
  static LLVMValueRef highestOneBit(FunctionScope scope, LLVMValueRef i) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef type = LLVMTypeOf(i);
    int width = LLVMGetIntTypeWidth(type);
    LLVMValueRef leadingZeros = Intrinsics.call(scope, "llvm.ctlz", new LLVMTypeRef[] {type}, i,
        LLVMConstInt(scope.types().i1, 0, 0));
    LLVMValueRef distance = LLVMBuildAnd(builder, leadingZeros, LLVMConstInt(type, width - 1, 0), "");
    LLVMValueRef top = LLVMBuildLShr(builder, minValue(type), distance, "");
    return LLVMBuildAnd(builder, i, top, "");
  }

  /** {@code i & -i}. */
  static LLVMValueRef lowestOneBit(FunctionScope scope, LLVMValueRef i) {
    LLVMBuilderRef builder = scope.builder();
    return LLVMBuildAnd(builder, i, LLVMBuildNeg(builder, i, ""), "");
  }

  /** {@code (i >> (w-1)) | (-i >>> (w-1))} as an int: -1, 0 or 1 for int and long alike. */
  static LLVMValueRef signum(FunctionScope scope, LLVMValueRef i) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef type = LLVMTypeOf(i);
    LLVMValueRef top = LLVMConstInt(type, LLVMGetIntTypeWidth(type) - 1, 0);
    LLVMValueRef negativeMask = LLVMBuildAShr(builder, i, top, "");
    LLVMValueRef positiveBit = LLVMBuildLShr(builder, LLVMBuildNeg(builder, i, ""), top, "");
    LLVMValueRef signum = LLVMBuildOr(builder, negativeMask, positiveBit, "");
    return LLVMGetIntTypeWidth(type) == 32 ? signum : LLVMBuildTrunc(builder, signum, scope.types().i32, "");
  }

  /**
   * {@code rotateLeft}/{@code rotateRight}: a funnel shift of the value with itself, whose distance
   * LLVM takes modulo the width as Java masks it. Long's int distance is sign-extended first, which
   * keeps its low six bits.
   */
  static LLVMValueRef rotate(FunctionScope scope, LLVMValueRef i, LLVMValueRef distance, boolean left) {
    LLVMTypeRef type = LLVMTypeOf(i);
    LLVMValueRef wideDistance = LLVMGetIntTypeWidth(LLVMTypeOf(distance)) == LLVMGetIntTypeWidth(type) ? distance
        : LLVMBuildSExt(scope.builder(), distance, type, "");
    return Intrinsics.call(scope, left ? "llvm.fshl" : "llvm.fshr", new LLVMTypeRef[] {type}, i, i, wideDistance);
  }

  /** {@code compare}/{@code compareUnsigned}: -1, 0 or 1 as an i32. */
  static LLVMValueRef compare(FunctionScope scope, LLVMValueRef x, LLVMValueRef y, boolean unsigned) {
    return Intrinsics.call(scope, unsigned ? "llvm.ucmp" : "llvm.scmp",
        new LLVMTypeRef[] {scope.types().i32, LLVMTypeOf(x)}, x, y);
  }

  private static LLVMValueRef minValue(LLVMTypeRef type) {
    return LLVMConstInt(type, 1L << (LLVMGetIntTypeWidth(type) - 1), 0);
  }
}
