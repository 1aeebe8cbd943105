package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.JavaType.Kind;
import dev.geobacter.codegen.SourcePosition;
import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.UnaryOp;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Java's unary and (strict, non-short-circuit) binary operators on values already converted to
 * the operation's type: wrapping integer arithmetic (no nsw/nuw), shift distances masked to 5 or
 * 6 bits, IEEE float arithmetic in the operand's own width without contraction, and comparisons
 * that are false on NaN except {@code !=}.
 */
final class OperatorLowering {
  private OperatorLowering() {}

  static LLVMValueRef unary(FunctionScope scope, UnaryOp op, JavaType type, LLVMValueRef operand) {
    LLVMBuilderRef builder = scope.builder();
    return switch (op) {
      case NEG -> type.kind().isFloating()
          ? LLVMBuildFNeg(builder, operand, "")
          : LLVMBuildSub(builder, LLVMConstNull(LLVMTypeOf(operand)), operand, "");
      case BIT_NOT, NOT -> LLVMBuildNot(builder, operand, "");
      case UNARY_OP_UNSPECIFIED, UNRECOGNIZED -> throw new IllegalStateException("unary operator " + op
          + " in the typed tree: corrupt sidecar");
    };
  }

  /**
   * {@code left op right} where both have {@code type} (for shifts {@code right} has
   * {@code distanceType}, an int or a long).
   */
  static LLVMValueRef binary(FunctionScope scope, BinaryOp op, JavaType type, LLVMValueRef left, LLVMValueRef right,
      JavaType distanceType, SourcePosition position) {
    LLVMBuilderRef builder = scope.builder();
    boolean floating = type.kind().isFloating();
    return switch (op) {
      case ADD -> floating ? LLVMBuildFAdd(builder, left, right, "") : LLVMBuildAdd(builder, left, right, "");
      case SUB -> floating ? LLVMBuildFSub(builder, left, right, "") : LLVMBuildSub(builder, left, right, "");
      case MUL -> floating ? LLVMBuildFMul(builder, left, right, "") : LLVMBuildMul(builder, left, right, "");
      case DIV -> floating
          ? LLVMBuildFDiv(builder, left, right, "")
          : IntegerDivision.divide(scope, left, right, position);
      case REM -> floating
          ? FloatRemainder.lower(scope, left, right)
          : IntegerDivision.remainder(scope, left, right, position);
      case SHL, SHR, USHR -> shift(scope, op, type, left, right, distanceType);
      case AND -> LLVMBuildAnd(builder, left, right, "");
      case OR -> LLVMBuildOr(builder, left, right, "");
      case XOR -> LLVMBuildXor(builder, left, right, "");
      case LT, LE, GT, GE, EQ, NE -> compare(builder, op, type, left, right);
      case COND_AND, COND_OR -> throw new IllegalStateException(op + " must be lowered with short-circuit branches");
      case BINARY_OP_UNSPECIFIED, UNRECOGNIZED -> throw new IllegalStateException("binary operator " + op
          + " in the typed tree: corrupt sidecar");
    };
  }

  private static LLVMValueRef shift(FunctionScope scope, BinaryOp op, JavaType type, LLVMValueRef value,
      LLVMValueRef distance, JavaType distanceType) {
    LLVMBuilderRef builder = scope.builder();
    JavaType operand = type.kind() == Kind.LONG ? JavaType.of("J") : JavaType.of("I");
    LLVMValueRef fitted = Conversions.convert(scope, distance, distanceType, operand);
    LLVMValueRef mask = LLVMConstInt(LLVMTypeOf(value), operand.kind().bits() - 1, 0);
    LLVMValueRef masked = LLVMBuildAnd(builder, fitted, mask, "shift.distance");
    return switch (op) {
      case SHL -> LLVMBuildShl(builder, value, masked, "");
      case SHR -> LLVMBuildAShr(builder, value, masked, "");
      default -> LLVMBuildLShr(builder, value, masked, "");
    };
  }

  private static LLVMValueRef compare(LLVMBuilderRef builder, BinaryOp op, JavaType type, LLVMValueRef left,
      LLVMValueRef right) {
    if (type.kind().isFloating()) {
      int predicate = switch (op) {
        case LT -> LLVMRealOLT;
        case LE -> LLVMRealOLE;
        case GT -> LLVMRealOGT;
        case GE -> LLVMRealOGE;
        case EQ -> LLVMRealOEQ;
        default -> LLVMRealUNE;
      };
      return LLVMBuildFCmp(builder, predicate, left, right, "");
    }
    // Operands are promoted to int or long (or are booleans), so signed predicates are Java's.
    int predicate = switch (op) {
      case LT -> LLVMIntSLT;
      case LE -> LLVMIntSLE;
      case GT -> LLVMIntSGT;
      case GE -> LLVMIntSGE;
      case EQ -> LLVMIntEQ;
      default -> LLVMIntNE;
    };
    return LLVMBuildICmp(builder, predicate, left, right, "");
  }
}
