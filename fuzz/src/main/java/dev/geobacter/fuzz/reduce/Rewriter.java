package dev.geobacter.fuzz.reduce;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One edit at one place of a program: the {@code target}-th removable statement or replaceable
 * expression, counted in pre-order over the kernel and then the helpers. With a target of -1 it
 * changes nothing and only counts the places ({@link #places()}).
 *
 * <p>Edits keep programs compilable: declarations are never removed (later code may read them),
 * only simplified; a helper's final {@code return} stays; the expression of an expression
 * statement is never replaced as a whole ({@code 0;} is not a statement).
 */
final class Rewriter {
  enum Kind { REMOVE_STATEMENT, REPLACE_EXPRESSION }

  private final Kind kind;
  private final int target;
  private final UnaryOperator<Expr> replacement;
  private int next;

  /** @param replacement for {@link Kind#REPLACE_EXPRESSION}: the new expression for the target */
  Rewriter(Kind kind, int target, UnaryOperator<Expr> replacement) {
    this.kind = kind;
    this.target = target;
    this.replacement = replacement;
  }

  static int count(Program program, Kind kind) {
    Rewriter counter = new Rewriter(kind, -1, UnaryOperator.identity());
    counter.apply(program);
    return counter.next;
  }

  Program apply(Program program) {
    return program.mapMethods(m -> m.withBody(block(m.body())));
  }

  int places() {
    return next;
  }

  private Stmt.Block block(Stmt.Block block) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : block.stmts()) {
      Stmt kept = stmt(s);
      if (kept != null) out.add(kept);
    }
    return new Stmt.Block(out);
  }

  private Stmt stmt(Stmt s) {
    boolean removable = !(s instanceof Stmt.Decl) && !(s instanceof Stmt.Return);
    if (kind == Kind.REMOVE_STATEMENT && removable && next++ == target) return null;
    if (s instanceof Stmt.Block b) return block(b);
    if (s instanceof Stmt.Decl d) return new Stmt.Decl(d.type(), d.name(), expr(d.init()));
    if (s instanceof Stmt.Assign a) {
      Stmt.Target t = a.target() instanceof Stmt.ElementTarget e
          ? new Stmt.ElementTarget(e.array(), expr(e.index()), e.type()) : a.target();
      return new Stmt.Assign(t, a.op(), expr(a.value()));
    }
    if (s instanceof Stmt.Eval e) return new Stmt.Eval(e.expr().withChildren(exprs(e.expr().children())));
    if (s instanceof Stmt.If i) {
      return new Stmt.If(expr(i.cond()), block(i.then()), i.otherwise() == null ? null : block(i.otherwise()));
    }
    if (s instanceof Stmt.For f) return new Stmt.For(f.label(), f.var(), expr(f.bound()), block(f.body()));
    if (s instanceof Stmt.While w) {
      return new Stmt.While(w.label(), w.counter(), w.limit(), expr(w.cond()), block(w.body()), w.doWhile());
    }
    if (s instanceof Stmt.ForEach f) return new Stmt.ForEach(f.label(), f.type(), f.var(), f.array(), block(f.body()));
    if (s instanceof Stmt.Break || s instanceof Stmt.Continue) return s;
    if (s instanceof Stmt.Switch sw) {
      Expr selector = expr(sw.selector());
      List<Stmt.Case> cases = new ArrayList<>();
      for (Stmt.Case c : sw.cases()) cases.add(new Stmt.Case(c.labels(), block(c.body()), c.breaks()));
      return new Stmt.Switch(selector, cases, sw.arrow());
    }
    if (s instanceof Stmt.Return r) return new Stmt.Return(r.value() == null ? null : expr(r.value()));
    throw new AssertionError("statement kind the reducer does not know: " + s);
  }

  private List<Expr> exprs(List<Expr> exprs) {
    List<Expr> out = new ArrayList<>();
    for (Expr e : exprs) out.add(expr(e));
    return out;
  }

  private Expr expr(Expr e) {
    if (kind == Kind.REPLACE_EXPRESSION && !(e instanceof Expr.Literal) && next++ == target) {
      return replacement.apply(e);
    }
    List<Expr> children = e.children();
    return children.isEmpty() ? e : e.withChildren(exprs(children));
  }
}
