package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.SourcePosition;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Java's integer {@code /} and {@code %} without LLVM's undefined behaviour: {@code MIN / -1}
 * wraps to {@code MIN} and {@code MIN % -1} is 0 (x86 would trap on both), and a zero divisor
 * either fails the kernel with ArithmeticException or, with checks off, gives 0.
 */
final class IntegerDivision {
  private IntegerDivision() {}

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
    LLVMValueRef one = LLVMConstInt(type, 1, 0);
    LLVMValueRef minusOne = LLVMConstAllOnes(type);
    LLVMValueRef isZero = LLVMBuildICmp(builder, LLVMIntEQ, divisor, zero, "div.zero");
    boolean checked = scope.module().options().divisionChecks();
    if (checked) {
      RuntimeChecks.require(scope, LLVMBuildNot(builder, isZero, ""), FailureKind.DIVISION_BY_ZERO,
          RuntimeChecks.none(scope), RuntimeChecks.none(scope), position);
    }
    // Divide by 1 instead of -1 (and, unchecked, instead of 0), then fix the result up.
    LLVMValueRef isMinusOne = LLVMBuildICmp(builder, LLVMIntEQ, divisor, minusOne, "div.minus.one");
    LLVMValueRef replace = checked ? isMinusOne : LLVMBuildOr(builder, isMinusOne, isZero, "");
    LLVMValueRef safeDivisor = LLVMBuildSelect(builder, replace, one, divisor, "");
    if (quotient) {
      LLVMValueRef result = LLVMBuildSDiv(builder, dividend, safeDivisor, "");
      LLVMValueRef negated = LLVMBuildSub(builder, zero, dividend, "");
      result = LLVMBuildSelect(builder, isMinusOne, negated, result, "");
      return checked ? result : LLVMBuildSelect(builder, isZero, zero, result, "");
    }
    // x % 1 is already 0, which is also Java's x % -1.
    return LLVMBuildSRem(builder, dividend, safeDivisor, "");
  }
}
