package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.JType;
import java.util.List;

/**
 * The per-work-item checksum: {@code ((seed * 31 + a) * 31 + b) ...} over a list of locals, as a
 * long. Floating values enter through {@code floatToIntBits}/{@code doubleToLongBits}, which map
 * every NaN to one value, so the checksum is exact where the values are.
 */
final class Checksum {
  private Checksum() {}

  static Expr of(List<Expr.Var> locals) {
    Expr acc = Values.literal(JType.LONG, 17L);
    for (Expr.Var v : locals) {
      Expr term = term(v);
      Expr scaled = new Expr.Binary("*", acc, Values.literal(JType.LONG, 31L), JType.LONG);
      acc = new Expr.Binary("+", scaled, term, JType.LONG);
    }
    return acc;
  }

  private static Expr term(Expr.Var v) {
    return switch (v.type()) {
      case BOOLEAN -> new Expr.Ternary(v, Values.literal(JType.LONG, 1L), Values.literal(JType.LONG, 0L), JType.LONG);
      case FLOAT -> new Expr.Call("Float.floatToIntBits", List.of(v), List.of(), JType.INT);
      case DOUBLE -> new Expr.Call("Double.doubleToLongBits", List.of(v), List.of(), JType.LONG);
      case BYTE, SHORT, CHAR, INT, LONG -> v;
    };
  }
}
