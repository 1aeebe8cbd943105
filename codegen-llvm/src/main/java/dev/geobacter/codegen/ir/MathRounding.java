package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** {@code Math.round} and {@code Math.signum} with Java's corner cases. */
final class MathRounding {
  private MathRounding() {}

  /**
   * Rounds to the nearest integer, ties toward positive infinity, without the double rounding of
   * a naive {@code floor(x + 0.5)} (which turns 0.49999997f into 1): {@code f = floor(x)} and
   * {@code x - f} are exact, so {@code x - f >= 0.5} decides. NaN gives 0 and out-of-range values
   * saturate, through {@code llvm.fptosi.sat}.
   */
  static LLVMValueRef round(FunctionScope scope, LLVMValueRef x, LLVMTypeRef resultType) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef type = LLVMTypeOf(x);
    LLVMValueRef floor = Intrinsics.unary(scope, "llvm.floor", x);
    LLVMValueRef fraction = LLVMBuildFSub(builder, x, floor, "");
    LLVMValueRef roundUp = LLVMBuildFCmp(builder, LLVMRealOGE, fraction, LLVMConstReal(type, 0.5), "");
    LLVMValueRef up = LLVMBuildFAdd(builder, floor, LLVMConstReal(type, 1.0), "");
    LLVMValueRef rounded = LLVMBuildSelect(builder, roundUp, up, floor, "");
    return Intrinsics.call(scope, "llvm.fptosi.sat", new LLVMTypeRef[] {resultType, type}, rounded);
  }

  /** 1.0 for positive, -1.0 for negative, and the argument itself for zeros and NaN. */
  static LLVMValueRef signum(FunctionScope scope, LLVMValueRef x) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef type = LLVMTypeOf(x);
    LLVMValueRef zero = LLVMConstReal(type, 0.0);
    LLVMValueRef keep = LLVMBuildFCmp(builder, LLVMRealUEQ, x, zero, "");
    LLVMValueRef unit = Intrinsics.binary(scope, "llvm.copysign", LLVMConstReal(type, 1.0), x);
    return LLVMBuildSelect(builder, keep, x, unit, "");
  }
}
