package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.UnaryOp;
import java.math.BigInteger;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * An {@code int} expression that is affine in a loop counter: literals, the counter, locals the
 * loop leaves alone, lengths of such arrays, {@code +}, {@code -}, unary {@code -} and {@code *}
 * with at most one side that depends on the counter. Evaluated in 64 bits, where the magnitude
 * bound proves nothing wraps, it is a linear function of the counter, so over a range of counter
 * values its extremes lie at the ends; and Java's 32-bit result agrees with the exact value
 * whenever that value fits an {@code int}.
 */
final class AffineIndex {
  private static final BigInteger INT_MAGNITUDE = BigInteger.ONE.shiftLeft(31);
  private static final BigInteger LONG_LIMIT = BigInteger.ONE.shiftLeft(63);

  private final FunctionScope scope;
  private final int counter;
  private final Set<Integer> variantSlots;

  /** {@code variantSlots}: the locals the loop assigns or declares (the counter among them). */
  AffineIndex(FunctionScope scope, int counter, Set<Integer> variantSlots) {
    this.scope = scope;
    this.counter = counter;
    this.variantSlots = variantSlots;
  }

  /** Whether {@code expr} is in the affine form and cannot overflow 64 bits. */
  boolean accepts(Expr expr) {
    BigInteger bound = magnitude(expr);
    return bound != null && bound.compareTo(LONG_LIMIT) < 0;
  }

  /** Whether {@code expr} is free of the counter and of everything the loop changes. */
  boolean isInvariant(Expr expr) {
    return magnitude(expr) != null && !dependsOnCounter(expr);
  }

  /** An upper bound of {@code |expr|} over all inputs, or null when it is not in the affine form. */
  private BigInteger magnitude(Expr expr) {
    if (scope.typeOf(expr).kind() != JavaType.Kind.INT) return null;
    switch (expr.getKindCase()) {
      case LITERAL -> {
        return expr.getLiteral().hasIntValue() ? BigInteger.valueOf(expr.getLiteral().getIntValue()).abs() : null;
      }
      case LOCAL -> {
        int slot = expr.getLocal().getSlot();
        return slot == counter || !variantSlots.contains(slot) ? INT_MAGNITUDE : null;
      }
      case ARRAY_LENGTH -> {
        return isInvariantArray(expr.getArrayLength().getArray()) ? INT_MAGNITUDE : null;
      }
      case UNARY -> {
        return expr.getUnary().getOp() == UnaryOp.NEG
            ? magnitude(expr.getUnary().getOperand()) : null;
      }
      case BINARY -> {
        Expr left = expr.getBinary().getLeft();
        Expr right = expr.getBinary().getRight();
        BigInteger l = magnitude(left);
        BigInteger r = magnitude(right);
        if (l == null || r == null) return null;
        return switch (expr.getBinary().getOp()) {
          case ADD, SUB -> l.add(r);
          case MUL -> dependsOnCounter(left) && dependsOnCounter(right) ? null : l.multiply(r);
          default -> null;
        };
      }
      default -> {
        return null;
      }
    }
  }

  /** An array-valued local that the loop never assigns. */
  boolean isInvariantArray(Expr array) {
    return array.hasLocal() && !variantSlots.contains(array.getLocal().getSlot()) && scope.typeOf(array).isArray();
  }

  private boolean dependsOnCounter(Expr expr) {
    return switch (expr.getKindCase()) {
      case LOCAL -> expr.getLocal().getSlot() == counter;
      case UNARY -> dependsOnCounter(expr.getUnary().getOperand());
      case BINARY -> dependsOnCounter(expr.getBinary().getLeft()) || dependsOnCounter(expr.getBinary().getRight());
      default -> false;
    };
  }

  /** Emits the exact 64-bit value of an accepted {@code expr} with the counter at {@code counterValue} (i64). */
  LLVMValueRef emitWide(Expr expr, LLVMValueRef counterValue) {
    LLVMBuilderRef builder = scope.builder();
    IrTypes types = scope.types();
    return switch (expr.getKindCase()) {
      case LITERAL -> LLVMConstInt(types.i64, expr.getLiteral().getIntValue(), 1);
      case LOCAL -> expr.getLocal().getSlot() == counter ? counterValue
          : LLVMBuildSExt(builder, loadLocal(expr), types.i64, "");
      case ARRAY_LENGTH -> LLVMBuildSExt(builder, length(expr.getArrayLength().getArray()), types.i64, "");
      case UNARY -> LLVMBuildNSWNeg(builder, emitWide(expr.getUnary().getOperand(), counterValue), "");
      case BINARY -> {
        LLVMValueRef left = emitWide(expr.getBinary().getLeft(), counterValue);
        LLVMValueRef right = emitWide(expr.getBinary().getRight(), counterValue);
        yield switch (expr.getBinary().getOp()) {
          case ADD -> LLVMBuildNSWAdd(builder, left, right, "");
          case SUB -> LLVMBuildNSWSub(builder, left, right, "");
          case MUL -> LLVMBuildNSWMul(builder, left, right, "");
          default -> throw new IllegalStateException("not an affine operator: " + expr.getBinary().getOp());
        };
      }
      default -> throw new IllegalStateException("not an affine expression: " + expr.getKindCase());
    };
  }

  /** The length of an invariant array local, as an {@code i32}. */
  LLVMValueRef length(Expr array) {
    return LLVMBuildExtractValue(scope.builder(), loadLocal(array), 1, "length");
  }

  private LLVMValueRef loadLocal(Expr local) {
    FunctionScope.LocalSlot slot = scope.local(local.getLocal().getSlot(), local);
    return LLVMBuildLoad2(scope.builder(), scope.valueType(slot.type()), slot.address(), "");
  }
}
