package dev.geobacter.rules;

import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Literal;

/** A short rendering of an expression for messages ({@code "abc"}, {@code p.x}, {@code Helpers.f(...)}). */
final class ExprText {
  private static final int MAX_STRING = 40;

  private ExprText() {}

  static String of(Expr expr, MethodScope scope) {
    return switch (expr.getKindCase()) {
      case LITERAL -> literal(expr.getLiteral());
      case LOCAL -> scope.localName(expr.getLocal().getSlot());
      case FIELD -> (expr.getField().getIsStatic() ? simpleName(expr.getField().getOwner()) : "...")
          + "." + expr.getField().getName();
      case ARRAY_ACCESS -> of(expr.getArrayAccess().getArray(), scope) + "[...]";
      case ARRAY_LENGTH -> of(expr.getArrayLength().getArray(), scope) + ".length";
      case CONVERT -> of(expr.getConvert().getOperand(), scope);
      case INVOKE -> simpleName(expr.getInvoke().getOwner()) + "." + expr.getInvoke().getName() + "(...)";
      case BINARY -> expr.getBinary().getOp() == BinaryOp.ADD && isString(expr, scope)
          ? "string concatenation" : "an operator expression";
      case ASSIGN -> of(expr.getAssign().getTarget(), scope) + " = ...";
      case COMPOUND_ASSIGN -> of(expr.getCompoundAssign().getTarget(), scope) + " op= ...";
      case CONDITIONAL -> "a conditional expression";
      case NEW_ARRAY -> "new " + elementName(expr, scope);
      case UNARY, INC_DEC -> "an operator expression";
      case UNSUPPORTED -> expr.getUnsupported().getDetail();
      case KIND_NOT_SET -> "an expression";
    };
  }

  /** The Java name of the expression's type, or a placeholder for a broken type index. */
  static String typeName(Expr expr, MethodScope scope) {
    String desc = scope.typeAt(expr.getType());
    return desc != null && Descriptors.isFieldDescriptor(desc) ? Descriptors.javaName(desc) : "<unknown type>";
  }

  /** The binary name without its package: {@code lib.Helpers} gives {@code Helpers}. */
  static String simpleName(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }

  private static String elementName(Expr expr, MethodScope scope) {
    String type = typeName(expr, scope);
    int bracket = type.indexOf('[');
    return bracket < 0 ? type : type.substring(0, bracket) + "[...]" + type.substring(bracket + 2);
  }

  private static boolean isString(Expr expr, MethodScope scope) {
    return "Ljava/lang/String;".equals(scope.typeAt(expr.getType()));
  }

  private static String literal(Literal literal) {
    return switch (literal.getValueCase()) {
      case INT_VALUE -> Integer.toString(literal.getIntValue());
      case LONG_VALUE -> literal.getLongValue() + "L";
      case FLOAT_BITS -> Float.intBitsToFloat(literal.getFloatBits()) + "f";
      case DOUBLE_BITS -> Double.toString(Double.longBitsToDouble(literal.getDoubleBits()));
      case BOOL_VALUE -> Boolean.toString(literal.getBoolValue());
      case STRING_VALUE -> quoted(literal.getStringValue());
      case NULL_VALUE -> "null";
      case VALUE_NOT_SET -> "a literal";
    };
  }

  private static String quoted(String value) {
    String shown = value.length() > MAX_STRING ? value.substring(0, MAX_STRING) + "..." : value;
    return '"' + shown.replace("\n", "\\n") + '"';
  }
}
