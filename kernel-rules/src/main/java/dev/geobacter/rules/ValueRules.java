package dev.geobacter.rules;

import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.FieldAccess;
import dev.geobacter.metadata.proto.Literal;

/**
 * Rules GB120–GB124: what values kernel code may hold and where they may come from. Kernel values
 * are primitives and 1-D primitive arrays; strings, other objects, array allocation and fields
 * (other than the constants the writer has already folded) are not.
 */
final class ValueRules {
  static final String STRING = "Ljava/lang/String;";

  private ValueRules() {}

  /** Checks what the node itself is (a field, an array allocation); true if it reported. */
  static boolean checkKind(Expr expr, MethodScope scope) {
    return switch (expr.getKindCase()) {
      case FIELD -> {
        reportField(expr, scope);
        yield true;
      }
      case NEW_ARRAY -> {
        scope.report(Rule.ARRAY_ALLOCATION, "array allocation is not supported in kernel code yet: "
            + ExprText.of(expr, scope) + "; allocate the array on the host and pass it as a kernel parameter",
            expr.getLine(), expr.getColumn());
        yield true;
      }
      case LITERAL, LOCAL, ARRAY_ACCESS, ARRAY_LENGTH, UNARY, BINARY, CONVERT, CONDITIONAL, ASSIGN,
          COMPOUND_ASSIGN, INC_DEC, INVOKE, UNSUPPORTED, KIND_NOT_SET -> false;
    };
  }

  private static void reportField(Expr expr, MethodScope scope) {
    FieldAccess field = expr.getField();
    String name = field.getOwner() + "." + field.getName();
    if (field.getIsStatic()) {
      scope.report(Rule.STATIC_FIELD, "static field " + name + " is not a compile-time constant, so kernel code"
          + " cannot read or write it; make it a static final constant or pass the value as a kernel parameter",
          expr.getLine(), expr.getColumn());
    } else {
      scope.report(Rule.INSTANCE_FIELD, "instance field " + name + " is not supported in kernel code; pass the"
          + " value as a kernel parameter", expr.getLine(), expr.getColumn());
    }
  }

  /** Checks the expression's type; true if it reported. The type index must be valid. */
  static boolean checkType(Expr expr, MethodScope scope) {
    if (expr.getKindCase() == Expr.KindCase.LITERAL
        && expr.getLiteral().getValueCase() == Literal.ValueCase.NULL_VALUE) {
      scope.report(Rule.OBJECT, "null is not supported in kernel code; kernel values are primitives and"
          + " 1-D primitive arrays", expr.getLine(), expr.getColumn());
      return true;
    }
    String desc = scope.typeAt(expr.getType());
    if (desc == null || "V".equals(desc) || Descriptors.isKernelValueType(desc)) return false;
    String text = ExprText.of(expr, scope);
    if (STRING.equals(desc)) {
      scope.report(Rule.STRING, "strings are not supported in kernel code: " + text, expr.getLine(),
          expr.getColumn());
    } else {
      scope.report(Rule.OBJECT, "values of type " + Descriptors.javaName(desc) + " are not supported in kernel"
          + " code: " + text + "; kernels use primitives and 1-D primitive arrays", expr.getLine(),
          expr.getColumn());
    }
    return true;
  }

  /** Checks the declared type of a local variable; true if it reported. The descriptor must be valid. */
  static boolean checkDeclared(String desc, String name, MethodScope scope, int line, int column) {
    if (Descriptors.isKernelValueType(desc)) return false;
    Rule rule = STRING.equals(desc) ? Rule.STRING : Rule.OBJECT;
    String what = STRING.equals(desc) ? "strings are" : "values of type " + Descriptors.javaName(desc) + " are";
    scope.report(rule, "local variable '" + name + "' has type " + Descriptors.javaName(desc) + "; " + what
        + " not supported in kernel code, which uses primitives and 1-D primitive arrays", line, column);
    return true;
  }
}
