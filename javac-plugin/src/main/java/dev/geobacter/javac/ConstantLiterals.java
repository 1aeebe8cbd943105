package dev.geobacter.javac;

import dev.geobacter.metadata.proto.Literal;
import javax.lang.model.type.TypeMirror;

/** Compile-time constant values as Literals of the expression's type (floating point as raw bits). */
final class ConstantLiterals {
  private ConstantLiterals() {}

  /**
   * {@code value} as javac folds constants: Integer for boolean (0/1), char, byte, short and int;
   * Long, Float, Double or String otherwise.
   */
  static Literal of(Object value, TypeMirror type) {
    Literal.Builder literal = Literal.newBuilder();
    switch (type.getKind()) {
      case BOOLEAN:
        return literal.setBoolValue(value instanceof Boolean b ? b : intOf(value) != 0).build();
      case BYTE:
      case SHORT:
      case CHAR:
      case INT:
        return literal.setIntValue(intOf(value)).build();
      case LONG:
        return literal.setLongValue(((Number) value).longValue()).build();
      case FLOAT:
        return literal.setFloatBits(Float.floatToRawIntBits(((Number) value).floatValue())).build();
      case DOUBLE:
        return literal.setDoubleBits(Double.doubleToRawLongBits(((Number) value).doubleValue())).build();
      default:
        return literal.setStringValue(value.toString()).build();
    }
  }

  static Literal nullLiteral() {
    return Literal.newBuilder().setNullValue(true).build();
  }

  private static int intOf(Object value) {
    if (value instanceof Character c) return c;
    if (value instanceof Boolean b) return b ? 1 : 0;
    return ((Number) value).intValue();
  }
}
