package dev.geobacter.fuzz.ast;

import java.util.List;

/**
 * A statement of a generated program. Loops carry their own bounded counters (printed as part of
 * the loop, never as separate statements), so no reduction can make a loop run forever, and
 * {@code break}/{@code continue} only appear as the whole body of an {@code if}, so removing a
 * statement never makes another one unreachable.
 */
public sealed interface Stmt {
  /** {@code { ... }}. */
  record Block(List<Stmt> stmts) implements Stmt {
    public Block {
      stmts = List.copyOf(stmts);
    }
  }

  /** {@code type name = init;} The reducer keeps declarations (later code uses them) but simplifies init. */
  record Decl(JType type, String name, Expr init) implements Stmt {}

  /** {@code target op value;} with {@code op} one of {@code =}, {@code +=}, ... {@code >>>=}. */
  record Assign(Target target, String op, Expr value) implements Stmt {}

  /** An expression evaluated for its side effect ({@code x++;}, a helper call). */
  record Eval(Expr expr) implements Stmt {}

  /** {@code if (cond) then else otherwise}; {@code otherwise} may be null. */
  record If(Expr cond, Block then, Block otherwise) implements Stmt {}

  /** {@code label: for (int var = 0; var < bound; var++) body}; {@code label} may be null. */
  record For(String label, String var, Expr bound, Block body) implements Stmt {}

  /**
   * {@code int counter = 0; label: while (counter++ < limit && cond) body} ({@code doWhile}: the
   * same with {@code do body while (++counter < limit && cond);}).
   */
  record While(String label, String counter, int limit, Expr cond, Block body, boolean doWhile) implements Stmt {}

  /** {@code label: for (type var : array) body}. */
  record ForEach(String label, JType type, String var, String array, Block body) implements Stmt {}

  /** {@code break label;} or {@code break;} ({@code label} null). */
  record Break(String label) implements Stmt {}

  /** {@code continue label;} or {@code continue;} ({@code label} null). */
  record Continue(String label) implements Stmt {}

  /**
   * {@code switch (selector) { ... }}: old-style cases ({@code case 1: case 2: body}, falling through
   * unless {@link Case#breaks()}) or arrow cases ({@code case 1, 2 -> { body }}).
   */
  record Switch(Expr selector, List<Case> cases, boolean arrow) implements Stmt {
    public Switch {
      cases = List.copyOf(cases);
    }
  }

  /** One switch case: its labels (empty: {@code default}), body and, old-style, whether it ends with break. */
  record Case(List<String> labels, Block body, boolean breaks) {
    public Case {
      labels = List.copyOf(labels);
    }
  }

  /** {@code return value;} ({@code value} null in void methods). */
  record Return(Expr value) implements Stmt {}

  /** What an assignment writes: a variable or an array element. */
  sealed interface Target {
    JType type();
  }

  record VarTarget(String name, JType type) implements Target {}

  record ElementTarget(String array, Expr index, JType type) implements Target {}
}
