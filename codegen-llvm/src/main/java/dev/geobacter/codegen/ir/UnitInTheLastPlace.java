package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code Math.ulp}: the distance from |x| to the next larger value of its type, computed from the
 * biased exponent {@code e} of x as the JDK does: |x| itself for NaN and infinities, the smallest
 * subnormal for zeros and subnormals, else 2^(e - bias - mantissa bits), which is a normal number
 * when {@code e > mantissa bits} and the subnormal with bit {@code e - 1} set otherwise.
 */
final class UnitInTheLastPlace {
  private UnitInTheLastPlace() {}

  static LLVMValueRef ulp(FunctionScope scope, LLVMValueRef x) {
    LLVMBuilderRef builder = scope.builder();
    boolean wide = FloatBits.isDouble(scope, x);
    LLVMTypeRef bits = FloatBits.bitsType(scope, x);
    int mantissaBits = wide ? 52 : 23;
    long maxExponent = wide ? 0x7ff : 0xff;
    LLVMValueRef magnitude = LLVMBuildBitCast(builder, Intrinsics.unary(scope, "llvm.fabs", x), bits, "");
    LLVMValueRef exponent = LLVMBuildLShr(builder, magnitude, constant(bits, mantissaBits), "ulp.exp");

    // Normal result: exponent field e - mantissaBits, mantissa 0.
    LLVMValueRef normalExponent = LLVMBuildSub(builder, exponent, constant(bits, mantissaBits), "");
    LLVMValueRef normal = LLVMBuildShl(builder, normalExponent, constant(bits, mantissaBits), "");
    // Subnormal result: 1 << (e - 1); the shift is masked so that e = 0 (handled below) stays defined.
    LLVMValueRef shift = LLVMBuildAnd(builder, LLVMBuildSub(builder, exponent, constant(bits, 1), ""),
        constant(bits, wide ? 63 : 31), "");
    LLVMValueRef subnormal = LLVMBuildShl(builder, constant(bits, 1), shift, "");
    LLVMValueRef isNormal = LLVMBuildICmp(builder, LLVMIntUGT, exponent, constant(bits, mantissaBits), "");
    LLVMValueRef finite = LLVMBuildSelect(builder, isNormal, normal, subnormal, "");
    // Zeros and subnormals: the smallest subnormal, whose bits are 1.
    LLVMValueRef isTiny = LLVMBuildICmp(builder, LLVMIntEQ, exponent, constant(bits, 0), "");
    finite = LLVMBuildSelect(builder, isTiny, constant(bits, 1), finite, "");
    LLVMValueRef result = LLVMBuildBitCast(builder, finite, LLVMTypeOf(x), "");
    // NaN and infinities: |x|.
    LLVMValueRef isSpecial = LLVMBuildICmp(builder, LLVMIntEQ, exponent, constant(bits, maxExponent), "");
    LLVMValueRef special = Intrinsics.unary(scope, "llvm.fabs", x);
    return LLVMBuildSelect(builder, isSpecial, special, result, "ulp");
  }

  private static LLVMValueRef constant(LLVMTypeRef type, long value) {
    return LLVMConstInt(type, value, 0);
  }
}
