package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.JType;
import dev.geobacter.fuzz.ast.Method;
import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a random kernel class from a seed; the same seed always gives the same program.
 *
 * <p>The kernel is {@code kernel(int count, 3 input arrays, output arrays, long[] sum, double[]
 * approx)}. Work-item {@code i = globalId(0)}, if below {@code count}, declares a local of every
 * primitive type, runs random statements, writes one value of its type to each output array at
 * {@code i}, writes the results of transcendental calls to {@code approx[i * A + k]} and a checksum
 * of all its locals to {@code sum[i]}. Helpers are static methods that a method may only call if
 * declared after it, so calls form a DAG.
 */
public final class ProgramGenerator {
  public static final String PACKAGE = "fuzz";
  private static final int KERNEL_BUDGET = 22;
  private static final int HELPER_BUDGET = 6;

  private ProgramGenerator() {}

  /** {@code Fuzz_<seed in hex>}. */
  public static String className(long seed) {
    return "Fuzz_" + Long.toHexString(seed);
  }

  public static Program generate(long seed) {
    Dice dice = new Dice(seed);
    List<JType> inputTypes = new ArrayList<>();
    for (int k = 0; k < 3; k++) inputTypes.add(dice.pick(List.of(JType.values())));
    int approxCount = dice.between(0, 3);
    int outputCount = approxCount == 0 ? 3 : 2;
    List<JType> outputTypes = new ArrayList<>();
    for (int k = 0; k < outputCount; k++) outputTypes.add(dice.pick(List.of(JType.values())));

    List<Method> helpers = new ArrayList<>();
    int helperCount = dice.between(0, 3);
    // Built last to first: helper k may call helpers k+1.., which already exist.
    for (int k = helperCount - 1; k >= 0; k--) helpers.add(0, helper(dice, "h" + k, inputTypes, List.copyOf(helpers)));

    Method kernel = kernel(dice, inputTypes, outputTypes, approxCount, helpers);
    List<Double> ulps = approxUlps(kernel);
    return new Program(seed, PACKAGE, className(seed), kernel, helpers, ulps);
  }

  private static Method helper(Dice dice, String name, List<JType> inputTypes, List<Method> callable) {
    List<Method.Param> params = new ArrayList<>();
    List<Scope.ArrayVar> arrays = new ArrayList<>();
    int values = dice.between(1, 3);
    for (int k = 0; k < values; k++) params.add(new Method.Param("p" + k, dice.pick(List.of(JType.values())), false));
    if (dice.chance(0.5)) {
      JType arrayType = dice.pick(inputTypes);
      params.add(new Method.Param("a0", arrayType, true));
      arrays.add(new Scope.ArrayVar("a0", arrayType, false));
    }
    Scope scope = new Scope(arrays, null);
    for (Method.Param p : params) if (!p.array()) scope.declare(p.name(), p.type(), true);
    ExprGen exprs = new ExprGen(dice, scope, callable);
    StmtGen stmts = new StmtGen(dice, scope, exprs, HELPER_BUDGET);
    JType result = dice.pick(List.of(JType.values()));
    List<Stmt> body = new ArrayList<>(stmts.block(4, 1).stmts());
    body.add(new Stmt.Return(exprs.gen(result, StmtGen.EXPR_DEPTH)));
    return new Method(name, result, params, new Stmt.Block(body));
  }

  private static Method kernel(Dice dice, List<JType> inputTypes, List<JType> outputTypes, int approxCount,
      List<Method> helpers) {
    List<Method.Param> params = new ArrayList<>();
    List<Scope.ArrayVar> arrays = new ArrayList<>();
    params.add(new Method.Param("count", JType.INT, false));
    for (int k = 0; k < inputTypes.size(); k++) {
      params.add(new Method.Param("in" + k, inputTypes.get(k), true));
      arrays.add(new Scope.ArrayVar("in" + k, inputTypes.get(k), false));
    }
    for (int k = 0; k < outputTypes.size(); k++) {
      params.add(new Method.Param("out" + k, outputTypes.get(k), true));
      arrays.add(new Scope.ArrayVar("out" + k, outputTypes.get(k), true));
    }
    params.add(new Method.Param("sum", JType.LONG, true));
    if (approxCount > 0) params.add(new Method.Param("approx", JType.DOUBLE, true));

    Scope scope = new Scope(arrays, "i");
    ExprGen exprs = new ExprGen(dice, scope, helpers);
    StmtGen stmts = new StmtGen(dice, scope, exprs, KERNEL_BUDGET);
    scope.declare("count", JType.INT, false);
    scope.declare("i", JType.INT, false);

    List<Stmt> work = new ArrayList<>();
    List<Expr.Var> locals = new ArrayList<>();
    for (JType type : JType.values()) {
      String name = scope.fresh(type.keyword().substring(0, 1));
      work.add(new Stmt.Decl(type, name, exprs.gen(type, 2)));
      scope.declare(name, type, true);
      locals.add(new Expr.Var(name, type));
    }
    work.addAll(stmts.block(KERNEL_BUDGET, 0).stmts());
    Expr.Var i = new Expr.Var("i", JType.INT);
    for (int k = 0; k < outputTypes.size(); k++) {
      JType type = outputTypes.get(k);
      work.add(new Stmt.Assign(new Stmt.ElementTarget("out" + k, i, type), "=", exprs.gen(type, StmtGen.EXPR_DEPTH)));
    }
    for (int k = 0; k < approxCount; k++) {
      Expr slot = new Expr.Binary("+", new Expr.Binary("*", i, Values.literal(JType.INT, approxCount), JType.INT),
          Values.literal(JType.INT, k), JType.INT);
      IntrinsicCatalog.Method fn = dice.pick(IntrinsicCatalog.approximate());
      work.add(new Stmt.Assign(new Stmt.ElementTarget("approx", slot, JType.DOUBLE), "=", exprs.approximate(fn, 2)));
    }
    work.add(new Stmt.Assign(new Stmt.ElementTarget("sum", i, JType.LONG), "=", Checksum.of(locals)));

    List<Stmt> body = new ArrayList<>();
    body.add(new Stmt.Decl(JType.INT, "i", new Expr.Call("Gpu.globalId", List.of(Values.literal(JType.INT, 0)),
        List.of(), JType.INT)));
    body.add(new Stmt.If(new Expr.Binary("<", i, new Expr.Var("count", JType.INT), JType.BOOLEAN),
        new Stmt.Block(work), null));
    return new Method("kernel", null, params, new Stmt.Block(body));
  }

  /** The ulp bound of each approx slot, from the call that produces it. */
  private static List<Double> approxUlps(Method kernel) {
    List<Double> ulps = new ArrayList<>();
    Stmt.If guard = (Stmt.If) kernel.body().stmts().get(1);
    for (Stmt s : guard.then().stmts()) {
      if (s instanceof Stmt.Assign a && a.target() instanceof Stmt.ElementTarget e && e.array().equals("approx")) {
        String name = ((Expr.Call) a.value()).target();
        ulps.add(IntrinsicCatalog.APPROXIMATE_ULPS.get(name.substring(name.indexOf('.') + 1)));
      }
    }
    return ulps;
  }
}
