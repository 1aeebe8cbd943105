package dev.geobacter.javac;

import com.sun.source.tree.Tree;
import dev.geobacter.metadata.proto.BinaryOp;

/** javac's operator tree kinds to the schema's operators. */
final class OperatorKinds {
  private OperatorKinds() {}

  static BinaryOp binaryOp(Tree.Kind kind) {
    switch (kind) {
      case PLUS: return BinaryOp.ADD;
      case MINUS: return BinaryOp.SUB;
      case MULTIPLY: return BinaryOp.MUL;
      case DIVIDE: return BinaryOp.DIV;
      case REMAINDER: return BinaryOp.REM;
      case LEFT_SHIFT: return BinaryOp.SHL;
      case RIGHT_SHIFT: return BinaryOp.SHR;
      case UNSIGNED_RIGHT_SHIFT: return BinaryOp.USHR;
      case AND: return BinaryOp.AND;
      case OR: return BinaryOp.OR;
      case XOR: return BinaryOp.XOR;
      case LESS_THAN: return BinaryOp.LT;
      case LESS_THAN_EQUAL: return BinaryOp.LE;
      case GREATER_THAN: return BinaryOp.GT;
      case GREATER_THAN_EQUAL: return BinaryOp.GE;
      case EQUAL_TO: return BinaryOp.EQ;
      case NOT_EQUAL_TO: return BinaryOp.NE;
      case CONDITIONAL_AND: return BinaryOp.COND_AND;
      case CONDITIONAL_OR: return BinaryOp.COND_OR;
      default: throw new IllegalArgumentException("not a binary operator: " + kind);
    }
  }

  static BinaryOp compoundOp(Tree.Kind kind) {
    switch (kind) {
      case PLUS_ASSIGNMENT: return BinaryOp.ADD;
      case MINUS_ASSIGNMENT: return BinaryOp.SUB;
      case MULTIPLY_ASSIGNMENT: return BinaryOp.MUL;
      case DIVIDE_ASSIGNMENT: return BinaryOp.DIV;
      case REMAINDER_ASSIGNMENT: return BinaryOp.REM;
      case LEFT_SHIFT_ASSIGNMENT: return BinaryOp.SHL;
      case RIGHT_SHIFT_ASSIGNMENT: return BinaryOp.SHR;
      case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT: return BinaryOp.USHR;
      case AND_ASSIGNMENT: return BinaryOp.AND;
      case OR_ASSIGNMENT: return BinaryOp.OR;
      case XOR_ASSIGNMENT: return BinaryOp.XOR;
      default: throw new IllegalArgumentException("not a compound assignment: " + kind);
    }
  }
}
