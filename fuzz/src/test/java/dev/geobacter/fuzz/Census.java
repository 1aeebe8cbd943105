package dev.geobacter.fuzz;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.Method;
import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.ast.Stmt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The language features a set of generated programs uses, as names like {@code binary >>>},
 * {@code cast char<-double}, {@code compound byte +=}, {@code labeled continue}: what the
 * generator self-tests check coverage with.
 */
final class Census {
  private final Set<String> features = new TreeSet<>();

  Census add(Program program) {
    for (Method method : program.methods()) {
      for (Method.Param p : method.params()) features.add((p.array() ? "array param " : "param ") + p.type().keyword());
      if (method.returnType() != null) features.add("helper returns " + method.returnType().keyword());
      stmt(method.body());
    }
    return this;
  }

  Set<String> features() {
    return features;
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.Block b) {
      b.stmts().forEach(this::stmt);
    } else if (s instanceof Stmt.Decl d) {
      features.add("local " + d.type().keyword());
      expr(d.init());
    } else if (s instanceof Stmt.Assign a) {
      features.add(a.op().equals("=") ? "assign" : "compound " + a.target().type().keyword() + " " + a.op());
      features.add("compound " + a.op());
      if (a.target() instanceof Stmt.ElementTarget e) {
        features.add("element assign");
        expr(e.index());
      }
      expr(a.value());
    } else if (s instanceof Stmt.Eval e) {
      expr(e.expr());
    } else if (s instanceof Stmt.If i) {
      features.add(i.otherwise() == null ? "if" : "if else");
      expr(i.cond());
      stmt(i.then());
      if (i.otherwise() != null) stmt(i.otherwise());
    } else if (s instanceof Stmt.For f) {
      features.add("for");
      if (f.label() != null) features.add("labeled loop");
      expr(f.bound());
      stmt(f.body());
    } else if (s instanceof Stmt.While w) {
      features.add(w.doWhile() ? "do while" : "while");
      expr(w.cond());
      stmt(w.body());
    } else if (s instanceof Stmt.ForEach f) {
      features.add("for each " + f.type().keyword());
      stmt(f.body());
    } else if (s instanceof Stmt.Break b) {
      features.add(b.label() == null ? "break" : "labeled break");
    } else if (s instanceof Stmt.Continue c) {
      features.add(c.label() == null ? "continue" : "labeled continue");
    } else if (s instanceof Stmt.Switch sw) {
      features.add(sw.arrow() ? "arrow switch" : "switch");
      features.add("switch on " + (sw.selector().type() == dev.geobacter.fuzz.ast.JType.CHAR ? "char" : "int"));
      expr(sw.selector());
      for (int k = 0; k < sw.cases().size(); k++) {
        Stmt.Case c = sw.cases().get(k);
        if (c.labels().isEmpty()) features.add("default");
        if (!sw.arrow() && !c.breaks() && k < sw.cases().size() - 1) features.add("fallthrough");
        stmt(c.body());
      }
    } else if (s instanceof Stmt.Return r) {
      if (r.value() != null) expr(r.value());
    } else {
      throw new AssertionError("statement kind the census does not know: " + s);
    }
  }

  private void expr(Expr e) {
    if (e instanceof Expr.Literal l) {
      features.add("literal " + l.text());
    } else if (e instanceof Expr.Unary u) {
      features.add("unary " + u.op());
    } else if (e instanceof Expr.Binary b) {
      features.add("binary " + b.op());
      features.add("binary " + b.op() + " " + b.left().type().keyword() + " " + b.right().type().keyword());
    } else if (e instanceof Expr.Ternary) {
      features.add("ternary");
    } else if (e instanceof Expr.Cast c) {
      features.add("cast " + c.type().keyword() + "<-" + c.operand().type().keyword());
    } else if (e instanceof Expr.Call c) {
      features.add(c.target().contains(".") ? "call " + c.target() + "/" + c.args().size() : "helper call");
    } else if (e instanceof Expr.ArrayRead a) {
      features.add("array read " + a.type().keyword());
    } else if (e instanceof Expr.IncDec i) {
      features.add((i.prefix() ? "prefix " : "postfix ") + i.op());
      features.add("incdec " + i.type().keyword());
    } else if (e instanceof Expr.ArrayLength) {
      features.add("array length");
    }
    e.children().forEach(this::expr);
  }
}
