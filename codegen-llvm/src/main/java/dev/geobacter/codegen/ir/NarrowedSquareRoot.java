package dev.geobacter.codegen.ir;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.JavaType.Kind;
import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.Convert;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Invoke;
import java.util.Optional;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code (float) Math.sqrt(f)} with a float {@code f} as one float square root.
 *
 * <p>Java computes it as {@code fptrunc(sqrt(fpext(f)))}: a correctly rounded double root, rounded
 * again to float. Rounding twice can only differ from rounding once when the first rounding lands
 * exactly on a midpoint between two floats that the exact root was not on. For a square root that
 * cannot happen when the wide format has at least 2p+2 significand bits for a p-bit narrow one
 * (Figueroa, "When is double rounding innocuous?", 1995): double's 53 bits exceed 2*24+2 = 50, so
 * {@code llvm.sqrt.f32(f)} gives the same bits for every float, zeros, subnormals, infinities and
 * NaN included. Nothing else rounds in between (the widening is exact), so the narrowed form is not
 * a fast-math licence but the same function; on GPUs it is a single-precision instruction
 * ({@code sqrt.rn.f32}) instead of a double one and two conversions.
 *
 * <p>Only a float operand qualifies: an int or long widened to double has already been rounded
 * differently than a conversion to float would round it.
 */
final class NarrowedSquareRoot {
  private NarrowedSquareRoot() {}

  /**
   * The float operand {@code f} when {@code convert} (whose value has type {@code to}) is
   * {@code (float) Math.sqrt((double) f)} or the same with {@code StrictMath}.
   */
  static Optional<Expr> floatOperand(FunctionScope scope, Convert convert, JavaType to) {
    if (to.kind() != Kind.FLOAT || convert.getKind() != ConversionKind.NARROWING_PRIMITIVE) return Optional.empty();
    Expr call = withoutIdentityConversions(convert.getOperand());
    if (call.getKindCase() != Expr.KindCase.INVOKE || !isDoubleSquareRoot(call.getInvoke())) return Optional.empty();
    Expr argument = withoutIdentityConversions(call.getInvoke().getArgs(0));
    if (argument.getKindCase() != Expr.KindCase.CONVERT
        || argument.getConvert().getKind() != ConversionKind.WIDENING_PRIMITIVE) {
      return Optional.empty();
    }
    Expr operand = argument.getConvert().getOperand();
    return scope.typeOf(operand).kind() == Kind.FLOAT ? Optional.of(operand) : Optional.empty();
  }

  /** {@code llvm.sqrt.f32} of the already lowered float operand. */
  static LLVMValueRef lower(FunctionScope scope, LLVMValueRef floatOperand) {
    return Intrinsics.unary(scope, "llvm.sqrt", floatOperand);
  }

  private static boolean isDoubleSquareRoot(Invoke invoke) {
    return (invoke.getOwner().equals("java.lang.Math") || invoke.getOwner().equals("java.lang.StrictMath"))
        && invoke.getName().equals("sqrt") && invoke.getDesc().equals("(D)D") && invoke.getArgsCount() == 1;
  }

  /** Strips conversions of kind NONE, which the tree may record around a value without changing it. */
  private static Expr withoutIdentityConversions(Expr expr) {
    Expr current = expr;
    while (current.getKindCase() == Expr.KindCase.CONVERT && current.getConvert().getKind() == ConversionKind.NONE) {
      current = current.getConvert().getOperand();
    }
    return current;
  }
}
