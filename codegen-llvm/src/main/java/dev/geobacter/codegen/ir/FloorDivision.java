package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.SourcePosition;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code Math.floorDiv} and {@code Math.floorMod} on int and long, from Java's own definitions
 * over {@code /} and {@code %} (so a zero divisor fails like {@code /} does, at the call's line).
 */
final class FloorDivision {
  private FloorDivision() {}

  /** The quotient rounded toward negative infinity: one less than {@code x / y} when signs differ and it is inexact. */
  static LLVMValueRef floorDiv(FunctionScope scope, LLVMValueRef x, LLVMValueRef y, SourcePosition position) {
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef quotient = IntegerDivision.divide(scope, x, y, position);
    LLVMValueRef zero = LLVMConstNull(LLVMTypeOf(x));
    LLVMValueRef signsDiffer = LLVMBuildICmp(builder, LLVMIntSLT, LLVMBuildXor(builder, x, y, ""), zero, "");
    LLVMValueRef inexact = LLVMBuildICmp(builder, LLVMIntNE, LLVMBuildMul(builder, quotient, y, ""), x, "");
    LLVMValueRef adjust = LLVMBuildAnd(builder, signsDiffer, inexact, "");
    LLVMValueRef lower = LLVMBuildSub(builder, quotient, LLVMConstInt(LLVMTypeOf(x), 1, 0), "");
    return LLVMBuildSelect(builder, adjust, lower, quotient, "floor.div");
  }

  /** The remainder with the divisor's sign: {@code x % y + y} when that differs and is not 0. */
  static LLVMValueRef floorMod(FunctionScope scope, LLVMValueRef x, LLVMValueRef y, SourcePosition position) {
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef remainder = IntegerDivision.remainder(scope, x, y, position);
    LLVMValueRef zero = LLVMConstNull(LLVMTypeOf(x));
    LLVMValueRef signsDiffer = LLVMBuildICmp(builder, LLVMIntSLT, LLVMBuildXor(builder, remainder, y, ""), zero, "");
    LLVMValueRef nonZero = LLVMBuildICmp(builder, LLVMIntNE, remainder, zero, "");
    LLVMValueRef adjust = LLVMBuildAnd(builder, signsDiffer, nonZero, "");
    return LLVMBuildSelect(builder, adjust, LLVMBuildAdd(builder, remainder, y, ""), remainder, "floor.mod");
  }
}
