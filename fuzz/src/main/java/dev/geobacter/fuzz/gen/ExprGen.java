package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.JType;
import dev.geobacter.fuzz.ast.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates well-typed expressions of a requested type within a depth budget: leaves (locals,
 * literals, array reads, work-item queries) and the node kinds of {@link OperatorGen} and this
 * class (casts, ternaries, intrinsic and helper calls, {@code ++}/{@code --}).
 */
final class ExprGen {
  private static final List<String> GPU_QUERIES = List.of("Gpu.localId", "Gpu.globalSize", "Gpu.localSize",
      "Gpu.groupId", "Gpu.numGroups", "Gpu.globalId");

  private final Dice dice;
  private final Scope scope;
  private final List<Method> helpers;
  private final OperatorGen operators;

  /** @param helpers the helpers this method may call (a DAG: never itself or an earlier one) */
  ExprGen(Dice dice, Scope scope, List<Method> helpers) {
    this.dice = dice;
    this.scope = scope;
    this.helpers = helpers;
    this.operators = new OperatorGen(dice, this);
  }

  Dice dice() {
    return dice;
  }

  Expr gen(JType type, int depth) {
    if (depth <= 0 || dice.chance(0.25)) return leaf(type, depth);
    switch (dice.weighted(60, 8, 5, 12, 5, 3)) {
      case 0:
        return operators.gen(type, depth - 1);
      case 1:
        return cast(type, depth - 1);
      case 2:
        return new Expr.Ternary(gen(JType.BOOLEAN, depth - 1), gen(type, depth - 1), gen(type, depth - 1), type);
      case 3:
        return intrinsic(type, depth - 1);
      case 4:
        return helperCall(type, depth - 1);
      default:
        return incDec(type, depth);
    }
  }

  /** {@code (type) e} from a random numeric type (or the type itself for booleans, which have no casts). */
  Expr cast(JType type, int depth) {
    if (type == JType.BOOLEAN) return gen(type, depth);
    JType from = dice.pick(JType.NUMERIC);
    return new Expr.Cast(type, gen(from, depth));
  }

  Expr leaf(JType type, int depth) {
    int choice = dice.weighted(45, 28, 15, type == JType.INT ? 6 : 0, type == JType.INT ? 2 : 0);
    if (choice == 0) {
      List<Scope.Variable> vars = scope.variables(type, false);
      if (!vars.isEmpty()) {
        Scope.Variable v = dice.pick(vars);
        return new Expr.Var(v.name(), v.type());
      }
    } else if (choice == 2) {
      List<Scope.ArrayVar> arrays = scope.inputs(type);
      if (!arrays.isEmpty()) {
        Scope.ArrayVar array = dice.pick(arrays);
        return new Expr.ArrayRead(array.name(), index(depth - 1), type);
      }
    } else if (choice == 3) {
      return new Expr.Call(dice.pick(GPU_QUERIES), List.of(Values.literal(JType.INT, 0)), List.of(), JType.INT);
    } else if (choice == 4) {
      List<Scope.ArrayVar> arrays = scope.inputs(null);
      if (!arrays.isEmpty()) return new Expr.ArrayLength(dice.pick(arrays).name());
    }
    return Values.literal(dice, type);
  }

  /**
   * An index into an input array (every input holds at least 16 elements): almost always masked
   * into range, sometimes masked wider or not at all, so out-of-bounds accesses happen.
   */
  Expr index(int depth) {
    Expr raw = gen(JType.INT, Math.max(0, depth));
    switch (dice.weighted(90, 6, 4)) {
      case 0:
        return new Expr.Binary("&", raw, Values.literal(JType.INT, 15), JType.INT);
      case 1:
        return new Expr.Binary("&", raw, Values.literal(JType.INT, 63), JType.INT);
      default:
        return raw;
    }
  }

  Expr intrinsic(JType type, int depth) {
    List<IntrinsicCatalog.Method> methods = IntrinsicCatalog.exact(type);
    if (methods.isEmpty()) return gen(type, depth);
    IntrinsicCatalog.Method method = dice.pick(methods);
    List<Expr> args = new ArrayList<>();
    for (int i = 0; i < method.params().size(); i++) {
      JType param = method.params().get(i);
      Expr arg = gen(param, depth);
      if (needsNanFreeArgument(method, i)) {
        arg = nanFree(arg);
      } else if (needsNonZeroDivisor(method, i) && dice.chance(0.85)) {
        arg = OperatorGen.oddOf(arg);
      }
      args.add(arg);
    }
    return new Expr.Call(method.target(), args, List.of(), type);
  }

  /** A call to a transcendental {@code Math} method on exact arguments. */
  Expr.Call approximate(IntrinsicCatalog.Method method, int depth) {
    List<Expr> args = new ArrayList<>();
    for (JType param : method.params()) {
      args.add(dice.chance(0.2) ? Values.literal(dice, param) : gen(param, depth));
    }
    return new Expr.Call(method.target(), args, List.of(), method.result());
  }

  /**
   * The raw bits of a NaN, and the sign {@code Math.copySign} takes from one, are unspecified in
   * Java (a NaN's payload depends on how it was made), so those arguments are made NaN-free.
   */
  private static boolean needsNanFreeArgument(IntrinsicCatalog.Method method, int index) {
    return method.name().equals("floatToRawIntBits") || method.name().equals("doubleToRawLongBits")
        || (method.owner().equals("java.lang.Math") && method.name().equals("copySign") && index == 1);
  }

  private static boolean needsNonZeroDivisor(IntrinsicCatalog.Method method, int index) {
    return index == 1 && (method.name().equals("divideUnsigned") || method.name().equals("remainderUnsigned"));
  }

  /** {@code Float.isNaN(e) ? 0f : e}. */
  private Expr nanFree(Expr e) {
    JType type = e.type();
    String isNaN = type == JType.FLOAT ? "Float.isNaN" : "Double.isNaN";
    Expr test = new Expr.Call(isNaN, List.of(e), List.of(), JType.BOOLEAN);
    return new Expr.Ternary(test, Values.literal(type, type == JType.FLOAT ? (Object) 0f : (Object) 0d), e, type);
  }

  Expr helperCall(JType type, int depth) {
    List<Method> candidates = helpers.stream().filter(h -> h.returnType() == type && arraysAvailable(h)).toList();
    if (candidates.isEmpty()) return gen(type, depth);
    Method helper = dice.pick(candidates);
    List<Expr> args = new ArrayList<>();
    List<String> arrays = new ArrayList<>();
    for (Method.Param p : helper.params()) {
      if (p.array()) {
        arrays.add(dice.pick(scope.inputs(p.type())).name());
      } else {
        args.add(gen(p.type(), depth));
      }
    }
    return new Expr.Call(helper.name(), args, arrays, type);
  }

  private boolean arraysAvailable(Method helper) {
    return helper.params().stream().filter(Method.Param::array).allMatch(p -> !scope.inputs(p.type()).isEmpty());
  }

  /** {@code x++}, {@code --x}, ... on an assignable local of {@code type} (booleans have none). */
  Expr incDec(JType type, int depth) {
    List<Scope.Variable> vars = type == JType.BOOLEAN ? List.of() : scope.variables(type, true);
    if (vars.isEmpty()) return gen(type, depth - 1);
    return new Expr.IncDec(dice.pick(vars).name(), dice.chance(0.5) ? "++" : "--", dice.chance(0.5), type);
  }
}
