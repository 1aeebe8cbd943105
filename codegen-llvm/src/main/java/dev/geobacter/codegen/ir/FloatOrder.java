package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code Float.compare} and {@code Double.compare}: Java's total order, which agrees with
 * {@code <} where that is defined and adds -0.0 &lt; 0.0 and NaN above everything (all NaNs equal).
 */
final class FloatOrder {
  private FloatOrder() {}

  /** -1, 0 or 1 as an i32. */
  static LLVMValueRef compare(FunctionScope scope, LLVMValueRef x, LLVMValueRef y) {
    LLVMBuilderRef builder = scope.builder();
    // The JDK's own definition: ordered < and > first, then the canonical bits (signed) break the
    // ties that < cannot see: zeros of different signs, and NaN against anything.
    LLVMValueRef less = LLVMBuildFCmp(builder, LLVMRealOLT, x, y, "");
    LLVMValueRef greater = LLVMBuildFCmp(builder, LLVMRealOGT, x, y, "");
    LLVMValueRef bitsOrder = Intrinsics.call(scope, "llvm.scmp",
        new LLVMTypeRef[] {scope.types().i32, FloatBits.bitsType(scope, x)},
        FloatBits.canonicalBits(scope, x), FloatBits.canonicalBits(scope, y));
    LLVMValueRef minusOne = LLVMConstAllOnes(scope.types().i32);
    LLVMValueRef one = LLVMConstInt(scope.types().i32, 1, 0);
    return LLVMBuildSelect(builder, less, minusOne, LLVMBuildSelect(builder, greater, one, bitsOrder, ""), "");
  }
}
