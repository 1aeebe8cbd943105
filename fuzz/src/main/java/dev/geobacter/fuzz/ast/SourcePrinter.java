package dev.geobacter.fuzz.ast;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints a {@link Program} as Java source. Every compound subexpression is parenthesized, so the
 * printed text means exactly the tree, whatever Java's precedence rules say.
 */
final class SourcePrinter {
  private final StringBuilder out = new StringBuilder();
  private int indent;

  String print(Program program) {
    Method kernel = program.kernel();
    String kernelType = "Kernel" + kernel.params().size() + "<"
        + kernel.params().stream().map(Method.Param::typeArgument).collect(Collectors.joining(", ")) + ">";
    line("package " + program.packageName() + ";");
    line("");
    line("import dev.geobacter.Geobacter;");
    line("import dev.geobacter.Gpu;");
    line("import dev.geobacter." + kernelType.substring(0, kernelType.indexOf('<')) + ";");
    line("import dev.geobacter.KernelInstance;");
    line("");
    line("/** Generated from seed " + Long.toUnsignedString(program.seed()) + ". */");
    line("public final class " + program.className() + " {");
    indent++;
    line("/** Java's error bound in ulps of each approximate result: approx[i * " + program.approxUlps().size()
        + " + k]. */");
    line("public static final String APPROX_ULPS = \"" + program.approxUlps().stream()
        .map(u -> String.format(Locale.ROOT, "%s", u)).collect(Collectors.joining(" ")) + "\";");
    line("");
    line("public static KernelInstance<" + kernelType + "> instance() {");
    line("  return Geobacter.kernelInstance(" + program.className() + "::" + kernel.name() + ");");
    line("}");
    for (Method method : program.methods()) {
      line("");
      method(method);
    }
    indent--;
    line("}");
    return out.toString();
  }

  private void method(Method method) {
    String params = method.params().stream().map(p -> p.typeText() + " " + p.name()).collect(Collectors.joining(", "));
    String result = method.returnType() == null ? "void" : method.returnType().keyword();
    line("static " + result + " " + method.name() + "(" + params + ") {");
    indent++;
    method.body().stmts().forEach(this::stmt);
    indent--;
    line("}");
  }

  // Java 17 has no pattern switch: instanceof chains over the sealed hierarchy, ending in a throw.
  private void stmt(Stmt stmt) {
    if (stmt instanceof Stmt.Block b) {
      line("{");
      indented(b);
      line("}");
    } else if (stmt instanceof Stmt.Decl d) {
      line(d.type().keyword() + " " + d.name() + " = " + expr(d.init()) + ";");
    } else if (stmt instanceof Stmt.Assign a) {
      line(target(a.target()) + " " + a.op() + " " + expr(a.value()) + ";");
    } else if (stmt instanceof Stmt.Eval e) {
      line(expr(e.expr()) + ";");
    } else if (stmt instanceof Stmt.If i) {
      line("if (" + expr(i.cond()) + ") {");
      indented(i.then());
      if (i.otherwise() != null) {
        line("} else {");
        indented(i.otherwise());
      }
      line("}");
    } else if (stmt instanceof Stmt.For f) {
      line(label(f.label()) + "for (int " + f.var() + " = 0; " + f.var() + " < " + operand(f.bound()) + "; "
          + f.var() + "++) {");
      indented(f.body());
      line("}");
    } else if (stmt instanceof Stmt.While w) {
      whileLoop(w);
    } else if (stmt instanceof Stmt.ForEach f) {
      line(label(f.label()) + "for (" + f.type().keyword() + " " + f.var() + " : " + f.array() + ") {");
      indented(f.body());
      line("}");
    } else if (stmt instanceof Stmt.Break b) {
      line(b.label() == null ? "break;" : "break " + b.label() + ";");
    } else if (stmt instanceof Stmt.Continue c) {
      line(c.label() == null ? "continue;" : "continue " + c.label() + ";");
    } else if (stmt instanceof Stmt.Switch s) {
      switchStmt(s);
    } else if (stmt instanceof Stmt.Return r) {
      line(r.value() == null ? "return;" : "return " + expr(r.value()) + ";");
    } else {
      throw new AssertionError("statement kind without a printer: " + stmt);
    }
  }

  private void whileLoop(Stmt.While w) {
    line("int " + w.counter() + " = 0;");
    String cond = operand(w.cond());
    if (w.doWhile()) {
      line(label(w.label()) + "do {");
      indented(w.body());
      line("} while (++" + w.counter() + " < " + w.limit() + " && " + cond + ");");
    } else {
      line(label(w.label()) + "while (" + w.counter() + "++ < " + w.limit() + " && " + cond + ") {");
      indented(w.body());
      line("}");
    }
  }

  private void switchStmt(Stmt.Switch s) {
    line("switch (" + expr(s.selector()) + ") {");
    indent++;
    for (Stmt.Case c : s.cases()) {
      if (s.arrow()) {
        line((c.labels().isEmpty() ? "default" : "case " + String.join(", ", c.labels())) + " -> {");
        indented(c.body());
        line("}");
      } else {
        if (c.labels().isEmpty()) line("default:");
        for (String label : c.labels()) line("case " + label + ":");
        indent++;
        c.body().stmts().forEach(this::stmt);
        if (c.breaks()) line("break;");
        indent--;
      }
    }
    indent--;
    line("}");
  }

  private void indented(Stmt.Block block) {
    indent++;
    block.stmts().forEach(this::stmt);
    indent--;
  }

  private static String label(String label) {
    return label == null ? "" : label + ": ";
  }

  private static String target(Stmt.Target target) {
    if (target instanceof Stmt.ElementTarget e) return e.array() + "[" + expr(e.index()) + "]";
    return ((Stmt.VarTarget) target).name();
  }

  static String expr(Expr e) {
    if (e instanceof Expr.Literal l) return l.text();
    if (e instanceof Expr.Var v) return v.name();
    if (e instanceof Expr.Unary u) return u.op() + operand(u.operand());
    if (e instanceof Expr.Binary b) return operand(b.left()) + " " + b.op() + " " + operand(b.right());
    if (e instanceof Expr.Ternary t) return operand(t.cond()) + " ? " + operand(t.then()) + " : " + operand(t.otherwise());
    if (e instanceof Expr.Cast c) return "(" + c.type().keyword() + ") " + operand(c.operand());
    if (e instanceof Expr.Call c) return c.target() + "(" + callArguments(c) + ")";
    if (e instanceof Expr.ArrayRead a) return a.array() + "[" + expr(a.index()) + "]";
    if (e instanceof Expr.ArrayLength a) return a.array() + ".length";
    if (e instanceof Expr.IncDec i) return i.prefix() ? i.op() + i.variable() : i.variable() + i.op();
    throw new AssertionError("expression kind without a printer: " + e);
  }

  private static String callArguments(Expr.Call call) {
    List<String> args = call.args().stream().map(SourcePrinter::expr).collect(Collectors.toList());
    args.addAll(call.arrayArgs());
    return String.join(", ", args);
  }

  /** An operand: parenthesized unless it is a single token or a call/array read that binds tighter. */
  private static String operand(Expr e) {
    String text = expr(e);
    boolean tight = e instanceof Expr.Var || e instanceof Expr.Call || e instanceof Expr.ArrayRead
        || e instanceof Expr.ArrayLength
        || (e instanceof Expr.Literal l && l.text().matches("[A-Za-z0-9_.']+"));
    return tight ? text : "(" + text + ")";
  }

  private void line(String text) {
    if (!text.isEmpty()) out.append("  ".repeat(indent));
    out.append(text).append('\n');
  }
}
