package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.JType;
import dev.geobacter.fuzz.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates statements within a budget (statements left in the method) and a nesting limit:
 * assignments (plain, compound with narrowing, to locals and to the work-item's output slots),
 * {@code ++}/{@code --}, new locals, if/else, bounded loops of every kind, labeled break and
 * continue, and switches (old-style with fallthrough, or arrow).
 */
final class StmtGen {
  static final int MAX_NESTING = 3;
  static final int MAX_LOOP_DEPTH = 2;
  static final int EXPR_DEPTH = 3;

  private final Dice dice;
  private final Scope scope;
  private final ExprGen exprs;
  private final SwitchGen switches;
  private int budget;

  StmtGen(Dice dice, Scope scope, ExprGen exprs, int budget) {
    this.dice = dice;
    this.scope = scope;
    this.exprs = exprs;
    this.budget = budget;
    this.switches = new SwitchGen(dice, scope, exprs, this);
  }

  /** Up to {@code max} statements at nesting level {@code nesting}, in a new block scope. */
  Stmt.Block block(int max, int nesting) {
    scope.enterBlock();
    List<Stmt> stmts = new ArrayList<>();
    int count = dice.between(1, max);
    for (int k = 0; k < count && budget > 0; k++) stmts.add(stmt(nesting));
    scope.exitBlock();
    return new Stmt.Block(stmts);
  }

  Stmt stmt(int nesting) {
    budget--;
    boolean nest = nesting < MAX_NESTING;
    boolean loop = nest && scope.loopDepth() < MAX_LOOP_DEPTH;
    switch (dice.weighted(30, 7, 8, 6, nest ? 12 : 0, loop ? 7 : 0, loop ? 6 : 0, loop ? 4 : 0, nest ? 7 : 0,
        scope.breakable() ? 9 : 0, 3)) {
      case 0:
        return assignment();
      case 1:
        return outputWrite();
      case 2:
        return eval(exprs.incDec(dice.pick(JType.NUMERIC), 1));
      case 3:
        return declaration();
      case 4:
        return ifStmt(nesting);
      case 5:
        return forLoop(nesting);
      case 6:
        return whileLoop(nesting);
      case 7:
        return forEach(nesting);
      case 8:
        return switches.gen(nesting);
      case 9:
        return jump();
      default:
        return eval(exprs.helperCall(dice.pick(List.of(JType.values())), 2));
    }
  }

  /** {@code e;} if {@code e} may stand as a statement (a call or ++/--), else an assignment. */
  private Stmt eval(Expr e) {
    boolean statementExpression = e instanceof Expr.IncDec || (e instanceof Expr.Call c && !c.target().contains("."));
    return statementExpression ? new Stmt.Eval(e) : assignment();
  }

  /** {@code x = e} or {@code x op= e}; compound forms take any operand type and narrow back (JLS 15.26.2). */
  Stmt assignment() {
    List<Scope.Variable> vars = scope.assignable();
    Scope.Variable v = dice.pick(vars);
    return assign(new Stmt.VarTarget(v.name(), v.type()));
  }

  private Stmt assign(Stmt.Target target) {
    JType type = target.type();
    if (type == JType.BOOLEAN) {
      String op = dice.pick(List.of("=", "=", "&=", "|=", "^="));
      return new Stmt.Assign(target, op, exprs.gen(type, EXPR_DEPTH));
    }
    switch (dice.weighted(40, 30, type.isIntegral() ? 15 : 0, type.isIntegral() ? 15 : 0)) {
      case 0:
        return new Stmt.Assign(target, "=", exprs.gen(widenableTo(type), EXPR_DEPTH));
      case 1: {
        String op = dice.pick(List.of("+=", "-=", "*=", "/=", "%="));
        Expr value = exprs.gen(dice.pick(JType.NUMERIC), EXPR_DEPTH);
        boolean integerDivision = (op.equals("/=") || op.equals("%=")) && type.isIntegral() && value.type().isIntegral();
        if (integerDivision && dice.chance(0.85)) value = OperatorGen.oddOf(value);
        if (op.equals("+=") && dice.chance(0.15)) value = Values.literal(JType.INT, 300);
        return new Stmt.Assign(target, op, value);
      }
      case 2:
        return new Stmt.Assign(target, dice.pick(List.of("&=", "|=", "^=")), exprs.gen(dice.pick(JType.INTEGRAL),
            EXPR_DEPTH));
      default:
        return new Stmt.Assign(target, dice.pick(List.of("<<=", ">>=", ">>>=")),
            exprs.gen(dice.pick(JType.INTEGRAL), EXPR_DEPTH));
    }
  }

  /** The type of the value of a plain assignment to {@code type}: itself or one that widens to it. */
  private JType widenableTo(JType type) {
    if (dice.chance(0.7)) return type;
    List<JType> narrower = new ArrayList<>();
    for (JType t : JType.NUMERIC) if (Widening.widens(t, type)) narrower.add(t);
    return narrower.isEmpty() ? type : dice.pick(narrower);
  }

  /** {@code out[i] op= e}: kernels only, and only the work-item's own slot (no races between work-items). */
  private Stmt outputWrite() {
    List<Scope.ArrayVar> outputs = scope.outputs();
    if (outputs.isEmpty() || scope.workItemIndex() == null) return assignment();
    Scope.ArrayVar out = dice.pick(outputs);
    return assign(new Stmt.ElementTarget(out.name(), new Expr.Var(scope.workItemIndex(), JType.INT), out.type()));
  }

  private Stmt declaration() {
    JType type = dice.pick(List.of(JType.values()));
    String name = scope.fresh("v");
    Expr init = exprs.gen(type, EXPR_DEPTH);
    scope.declare(name, type, true);
    return new Stmt.Decl(type, name, init);
  }

  private Stmt ifStmt(int nesting) {
    Expr cond = exprs.gen(JType.BOOLEAN, EXPR_DEPTH);
    Stmt.Block then = block(3, nesting + 1);
    Stmt.Block otherwise = dice.chance(0.4) ? block(3, nesting + 1) : null;
    return new Stmt.If(cond, then, otherwise);
  }

  private String label() {
    return dice.chance(0.35) ? scope.fresh("L") : null;
  }

  private Stmt forLoop(int nesting) {
    String label = label();
    String var = scope.fresh("k");
    Expr bound = dice.chance(0.5) ? Values.literal(JType.INT, dice.between(0, 6))
        : new Expr.Binary("&", exprs.gen(JType.INT, 2), Values.literal(JType.INT, 7), JType.INT);
    return loop(label, nesting, () -> {
      scope.declare(var, JType.INT, false);
      return new Stmt.For(label, var, bound, block(4, nesting + 1));
    });
  }

  private Stmt whileLoop(int nesting) {
    String label = label();
    String counter = scope.fresh("w");
    Expr cond = exprs.gen(JType.BOOLEAN, 2);
    int limit = dice.between(1, 6);
    boolean doWhile = dice.chance(0.4);
    // The counter is declared before the loop; it is read-only, so it still bounds the loop.
    scope.declare(counter, JType.INT, false);
    return loop(label, nesting, () -> new Stmt.While(label, counter, limit, cond, block(4, nesting + 1), doWhile));
  }

  private Stmt forEach(int nesting) {
    List<Scope.ArrayVar> inputs = scope.inputs(null);
    if (inputs.isEmpty()) return forLoop(nesting);
    Scope.ArrayVar array = dice.pick(inputs);
    String label = label();
    String var = scope.fresh("e");
    return loop(label, nesting, () -> {
      scope.declare(var, array.type(), false);
      return new Stmt.ForEach(label, array.type(), var, array.name(), block(3, nesting + 1));
    });
  }

  private Stmt loop(String label, int nesting, java.util.function.Supplier<Stmt> body) {
    scope.enter(new Scope.Enclosing(true, label));
    scope.enterBlock();
    try {
      return body.get();
    } finally {
      scope.exitBlock();
      scope.exit();
    }
  }

  /** {@code if (cond) break/continue [label];} never a bare jump, which would make what follows unreachable. */
  private Stmt jump() {
    Expr cond = exprs.gen(JType.BOOLEAN, 2);
    List<String> labels = scope.loopLabels();
    String label = !labels.isEmpty() && dice.chance(0.5) ? dice.pick(labels) : null;
    boolean canContinue = scope.inLoop();
    Stmt jump = canContinue && dice.chance(0.45) ? new Stmt.Continue(label) : new Stmt.Break(label);
    return new Stmt.If(cond, new Stmt.Block(List.of(jump)), null);
  }
}
