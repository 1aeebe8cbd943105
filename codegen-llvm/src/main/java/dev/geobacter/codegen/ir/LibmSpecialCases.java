package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code Math.pow} and {@code Math.hypot} through the C library, with the special cases where
 * Java's definition differs from C's: in Java {@code pow(±1, ±inf)} and {@code pow(x, NaN)} are
 * NaN (C gives 1), and {@code pow(x, ±0)} is 1 and {@code hypot} with an infinite argument is
 * +inf even when the other argument is a signalling NaN (for which glibc returns NaN).
 */
final class LibmSpecialCases {
  private LibmSpecialCases() {}

  static LLVMValueRef pow(FunctionScope scope, List<LLVMValueRef> args) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef f64 = scope.types().f64;
    LLVMValueRef x = args.get(0);
    LLVMValueRef y = args.get(1);
    LLVMValueRef power = LibmCalls.call(scope, "pow", args);
    LLVMValueRef unitBase = LLVMBuildFCmp(builder, LLVMRealOEQ, Intrinsics.unary(scope, "llvm.fabs", x),
        LLVMConstReal(f64, 1), "");
    LLVMValueRef nanResult = LLVMBuildOr(builder, FloatBits.isNaN(scope, y),
        LLVMBuildAnd(builder, unitBase, FloatBits.isInfinite(scope, y), ""), "");
    LLVMValueRef zeroExponent = LLVMBuildFCmp(builder, LLVMRealOEQ, y, LLVMConstReal(f64, 0), "");
    LLVMValueRef result = LLVMBuildSelect(builder, nanResult, LLVMConstReal(f64, Double.NaN), power, "");
    return LLVMBuildSelect(builder, zeroExponent, LLVMConstReal(f64, 1), result, "pow");
  }

  static LLVMValueRef hypot(FunctionScope scope, List<LLVMValueRef> args) {
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef infinite = LLVMBuildOr(builder, FloatBits.isInfinite(scope, args.get(0)),
        FloatBits.isInfinite(scope, args.get(1)), "");
    LLVMValueRef hypot = LibmCalls.call(scope, "hypot", args);
    return LLVMBuildSelect(builder, infinite, LLVMConstReal(scope.types().f64, Double.POSITIVE_INFINITY), hypot,
        "hypot");
  }
}
