package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.JType;
import dev.geobacter.fuzz.ast.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Switch statements on {@code int} or {@code char} selectors whose values mostly hit a case:
 * old-style (several labels per case, fallthrough where a case does not end in {@code break}) or
 * arrow form, with or without {@code default}.
 */
final class SwitchGen {
  private final Dice dice;
  private final Scope scope;
  private final ExprGen exprs;
  private final StmtGen stmts;

  SwitchGen(Dice dice, Scope scope, ExprGen exprs, StmtGen stmts) {
    this.dice = dice;
    this.scope = scope;
    this.exprs = exprs;
    this.stmts = stmts;
  }

  Stmt gen(int nesting) {
    boolean onChar = dice.chance(0.35);
    Expr selector;
    List<String> labels = new ArrayList<>();
    if (onChar) {
      // (char) ('a' + (e & 7)): one of 'a'..'h'
      Expr offset = new Expr.Binary("&", exprs.gen(JType.INT, 2), Values.literal(JType.INT, 7), JType.INT);
      selector = new Expr.Cast(JType.CHAR, new Expr.Binary("+", Values.literal(JType.CHAR, 'a'), offset, JType.INT));
      for (char c = 'a'; c <= 'h'; c++) labels.add("'" + c + "'");
    } else {
      JType type = dice.pick(List.of(JType.INT, JType.INT, JType.BYTE, JType.SHORT));
      Expr raw = exprs.gen(type, 2);
      selector = dice.chance(0.7) ? new Expr.Binary("%", raw, Values.literal(JType.INT, 6), JType.INT) : raw;
      if (type != JType.INT && selector == raw) selector = new Expr.Cast(JType.INT, raw);
      for (int v = -5; v <= 5; v++) labels.add(Integer.toString(v));
    }
    Collections.shuffle(labels, new java.util.Random(dice.nextLong()));
    boolean arrow = dice.chance(0.4);
    int caseCount = dice.between(1, 4);
    int defaultAt = dice.chance(0.7) ? dice.between(0, caseCount) : -1;
    List<Stmt.Case> cases = new ArrayList<>();
    int next = 0;
    scope.enter(new Scope.Enclosing(false, null));
    try {
      for (int c = 0; c <= caseCount; c++) {
        if (c == defaultAt) {
          cases.add(caseOf(List.of(), nesting));
        } else if (c < caseCount) {
          int labelCount = dice.between(1, 2);
          cases.add(caseOf(labels.subList(next, next + labelCount), nesting));
          next += labelCount;
        }
      }
    } finally {
      scope.exit();
    }
    return new Stmt.Switch(selector, cases, arrow);
  }

  private Stmt.Case caseOf(List<String> labels, int nesting) {
    return new Stmt.Case(labels, stmts.block(3, nesting + 1), dice.chance(0.6));
  }
}
