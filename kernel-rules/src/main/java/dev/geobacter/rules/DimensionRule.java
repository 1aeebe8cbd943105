package dev.geobacter.rules;

import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.Literal;

/**
 * Rule GB150: the dimension argument of {@code Gpu.globalId(d)} and its siblings is a literal 0, 1
 * or 2, so every target can map the call to a fixed special register. Constants are already folded
 * into literals by the writer, so {@code globalId(X)} with {@code static final int X = 1} passes.
 */
final class DimensionRule {
  private DimensionRule() {}

  /** Checks a call to a dimension-taking intrinsic; true if it reported. */
  static boolean check(Expr call, Invoke invoke, MethodScope scope) {
    if (invoke.getArgsCount() == 1 && isDimensionLiteral(invoke.getArgs(0))) return false;
    Expr where = invoke.getArgsCount() == 1 ? invoke.getArgs(0) : call;
    scope.report(Rule.DIMENSION_ARGUMENT, "the dimension argument of Gpu." + invoke.getName() + " must be a literal"
        + " 0, 1 or 2 (or a constant with that value), not " + describe(where, scope), where.getLine(),
        where.getColumn());
    return true;
  }

  private static boolean isDimensionLiteral(Expr arg) {
    if (arg.getKindCase() != Expr.KindCase.LITERAL) return false;
    Literal literal = arg.getLiteral();
    return literal.getValueCase() == Literal.ValueCase.INT_VALUE
        && literal.getIntValue() >= 0 && literal.getIntValue() <= 2;
  }

  private static String describe(Expr arg, MethodScope scope) {
    return arg.getKindCase() == Expr.KindCase.LITERAL ? ExprText.of(arg, scope) : "a value computed at run time";
  }
}
