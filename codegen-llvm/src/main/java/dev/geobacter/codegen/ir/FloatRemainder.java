package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Java's floating {@code %}, the exact C {@code fmod}, the same on every target. LLVM's {@code frem}
 * is a libcall on a CPU, but on NVPTX (no math library) LLVM expands it as
 * {@code x - trunc(x / y) * y}, which is wrong as soon as the quotient is not exactly representable
 * (e.g. {@code 1e300 % 3.0} or {@code 5.35 % 1e-300}: sign, magnitude, even infinities). So the
 * remainder is computed here by binary long division in the floating type itself:
 *
 * <ol>
 *   <li>double {@code t = |y|} while {@code 2t <= |x|} (doubling is exact);</li>
 *   <li>then, down to {@code t == |y|}: subtract {@code t} from the running remainder {@code r} when
 *       {@code r >= t} and halve {@code t}. As {@code t <= r < 2t}, every subtraction is exact
 *       (Sterbenz), and halving is exact because {@code t} is {@code |y|} times a power of two.</li>
 * </ol>
 *
 * The result takes the dividend's sign (so {@code -4.0 % 2.0} is {@code -0.0}). {@code |x| < |y|}
 * (an infinite divisor included) gives {@code x}; NaN operands, an infinite dividend or a zero
 * divisor give NaN. The loops run at most about 2 * (exponent range) times (≈ 2100 for double, 280 for float),
 * only for operands whose exponents differ that much.
 */
final class FloatRemainder {
  private FloatRemainder() {}

  static LLVMValueRef lower(FunctionScope scope, LLVMValueRef dividend, LLVMValueRef divisor) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef type = LLVMTypeOf(dividend);
    LLVMValueRef magnitude = Intrinsics.unary(scope, "llvm.fabs", dividend);
    LLVMValueRef unit = Intrinsics.unary(scope, "llvm.fabs", divisor);
    LLVMValueRef infinity = LLVMConstReal(type, Double.POSITIVE_INFINITY);
    LLVMValueRef zero = LLVMConstReal(type, 0.0);
    // Ordered comparisons: any NaN operand makes every one of them false.
    LLVMValueRef notSmaller = LLVMBuildFCmp(builder, LLVMRealOGE, magnitude, unit, "frem.reduce");
    LLVMValueRef finite = LLVMBuildFCmp(builder, LLVMRealOLT, magnitude, infinity, "frem.finite");
    LLVMValueRef nonZero = LLVMBuildFCmp(builder, LLVMRealONE, unit, zero, "frem.nonzero");
    LLVMValueRef divide = LLVMBuildAnd(builder, LLVMBuildAnd(builder, notSmaller, finite, ""), nonZero, "");
    LLVMValueRef smaller = LLVMBuildFCmp(builder, LLVMRealOLT, magnitude, unit, "frem.small");
    LLVMBasicBlockRef entry = LLVMGetInsertBlock(builder);

    LLVMBasicBlockRef grow = scope.newBlock("frem.grow");
    LLVMBasicBlockRef shrink = scope.newBlock("frem.shrink");
    LLVMBasicBlockRef special = scope.newBlock("frem.special");
    LLVMBasicBlockRef invalid = scope.newBlock("frem.invalid");
    LLVMBasicBlockRef done = scope.newBlock("frem.done");
    LLVMBuildCondBr(builder, divide, grow, special);

    scope.positionAt(special);
    LLVMBuildCondBr(builder, smaller, done, invalid);

    // NaN operand, infinite dividend or zero divisor: where frem is the C library's fmod it keeps a
    // NaN operand's payload as the JVM does; elsewhere any NaN will do (Java leaves payloads open).
    scope.positionAt(invalid);
    LLVMValueRef nan = scope.module().target().hasMathLibrary()
        ? LLVMBuildFRem(builder, dividend, divisor, "frem.nan")
        : LLVMConstReal(type, Double.NaN);
    LLVMBuildBr(builder, done);

    scope.positionAt(grow);
    LLVMValueRef step = LLVMBuildPhi(builder, type, "frem.step");
    LLVMValueRef doubled = LLVMBuildFAdd(builder, step, step, "");
    LLVMValueRef fits = LLVMBuildFCmp(builder, LLVMRealOLE, doubled, magnitude, "");
    incoming(step, unit, entry);
    incoming(step, doubled, grow);
    LLVMBuildCondBr(builder, fits, grow, shrink);

    scope.positionAt(shrink);
    LLVMValueRef rest = LLVMBuildPhi(builder, type, "frem.rest");
    LLVMValueRef part = LLVMBuildPhi(builder, type, "frem.part");
    LLVMValueRef takes = LLVMBuildFCmp(builder, LLVMRealOGE, rest, part, "");
    LLVMValueRef nextRest = LLVMBuildSelect(builder, takes, LLVMBuildFSub(builder, rest, part, ""), rest, "");
    LLVMValueRef more = LLVMBuildFCmp(builder, LLVMRealOGT, part, unit, "");
    LLVMValueRef halved = LLVMBuildFMul(builder, part, LLVMConstReal(type, 0.5), "");
    LLVMValueRef signed = Intrinsics.binary(scope, "llvm.copysign", nextRest, dividend);
    incoming(rest, magnitude, grow);
    incoming(part, step, grow);
    incoming(rest, nextRest, shrink);
    incoming(part, halved, shrink);
    LLVMBuildCondBr(builder, more, shrink, done);

    scope.positionAt(done);
    LLVMValueRef result = LLVMBuildPhi(builder, type, "frem");
    incoming(result, dividend, special);
    incoming(result, nan, invalid);
    incoming(result, signed, shrink);
    return result;
  }

  private static void incoming(LLVMValueRef phi, LLVMValueRef value, LLVMBasicBlockRef from) {
    LLVMAddIncoming(phi, value, from, 1);
  }
}
