package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.SourcePosition;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code Integer}/{@code Long} {@code divideUnsigned} and {@code remainderUnsigned}: LLVM's
 * {@code udiv}/{@code urem}, with a zero divisor handled as {@code /} handles it — the kernel fails
 * with ArithmeticException at the call, or, with checks off, the result is 0 (never LLVM's
 * undefined behaviour).
 */
final class UnsignedDivision {
  private UnsignedDivision() {}

  static LLVMValueRef divide(FunctionScope scope, LLVMValueRef dividend, LLVMValueRef divisor, SourcePosition position) {
    return lower(scope, dividend, divisor, position, true);
  }

  static LLVMValueRef remainder(FunctionScope scope, LLVMValueRef dividend, LLVMValueRef divisor,
      SourcePosition position) {
    return lower(scope, dividend, divisor, position, false);
  }

  private static LLVMValueRef lower(FunctionScope scope, LLVMValueRef dividend, LLVMValueRef divisor,
      SourcePosition position, boolean quotient) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef type = LLVMTypeOf(divisor);
    LLVMValueRef zero = LLVMConstInt(type, 0, 0);
    LLVMValueRef isZero = LLVMBuildICmp(builder, LLVMIntEQ, divisor, zero, "udiv.zero");
    boolean checked = scope.module().options().divisionChecks();
    if (checked) {
      RuntimeChecks.require(scope, LLVMBuildNot(builder, isZero, ""), FailureKind.DIVISION_BY_ZERO,
          RuntimeChecks.none(scope), RuntimeChecks.none(scope), position);
      return quotient ? LLVMBuildUDiv(builder, dividend, divisor, "") : LLVMBuildURem(builder, dividend, divisor, "");
    }
    LLVMValueRef safeDivisor = LLVMBuildSelect(builder, isZero, LLVMConstInt(type, 1, 0), divisor, "");
    LLVMValueRef result = quotient ? LLVMBuildUDiv(builder, dividend, safeDivisor, "")
        : LLVMBuildURem(builder, dividend, safeDivisor, "");
    return LLVMBuildSelect(builder, isZero, zero, result, "");
  }
}
