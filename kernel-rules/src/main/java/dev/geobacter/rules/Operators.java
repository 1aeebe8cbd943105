package dev.geobacter.rules;

import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.UnaryOp;

/** Which operator values a writer may record; the unspecified and unrecognized ones mark a broken tree. */
final class Operators {
  private Operators() {}

  static boolean isKnown(UnaryOp op) {
    return switch (op) {
      case NEG, BIT_NOT, NOT -> true;
      case UNARY_OP_UNSPECIFIED, UNRECOGNIZED -> false;
    };
  }

  static boolean isKnown(BinaryOp op) {
    return switch (op) {
      case ADD, SUB, MUL, DIV, REM, SHL, SHR, USHR, AND, OR, XOR, LT, LE, GT, GE, EQ, NE, COND_AND, COND_OR -> true;
      case BINARY_OP_UNSPECIFIED, UNRECOGNIZED -> false;
    };
  }
}
