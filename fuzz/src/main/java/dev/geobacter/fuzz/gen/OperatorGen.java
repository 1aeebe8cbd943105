package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.JType;
import java.util.List;

/**
 * Operator expressions of a requested result type, with operand types chosen so that binary
 * numeric promotion (JLS 5.6) yields that type: an {@code int} result may come from {@code byte},
 * {@code short} and {@code char} operands, a {@code long} one from a {@code long} and an {@code int},
 * and so on. Shift distances may be any integral type and any value.
 */
final class OperatorGen {
  private static final List<String> ARITHMETIC = List.of("+", "-", "*");
  private static final List<String> BITWISE = List.of("&", "|", "^");
  private static final List<String> SHIFTS = List.of("<<", ">>", ">>>");
  private static final List<String> COMPARISONS = List.of("<", "<=", ">", ">=", "==", "!=");
  private static final List<Integer> SHIFT_DISTANCES = List.of(0, 1, 31, 32, 33, 63, 64, -1, 65);

  private final Dice dice;
  private final ExprGen exprs;

  OperatorGen(Dice dice, ExprGen exprs) {
    this.dice = dice;
    this.exprs = exprs;
  }

  Expr gen(JType type, int depth) {
    return switch (type) {
      case BOOLEAN -> bool(depth);
      // Operators never yield these types: narrow an int operation.
      case BYTE, SHORT, CHAR -> new Expr.Cast(type, gen(JType.INT, depth));
      case INT, LONG -> integral(type, depth);
      case FLOAT, DOUBLE -> floating(type, depth);
    };
  }

  private Expr integral(JType type, int depth) {
    switch (dice.weighted(35, 14, 16, 16, 8)) {
      case 0:
        return binary(dice.pick(ARITHMETIC), type, depth);
      case 1:
        return division(type, depth);
      case 2:
        return binary(dice.pick(BITWISE), type, depth);
      case 3:
        return shift(type, depth);
      default:
        return new Expr.Unary(dice.pick(List.of("-", "~", "+")), exprs.gen(operandFor(type, true), depth), type);
    }
  }

  private Expr floating(JType type, int depth) {
    switch (dice.weighted(50, 25, 10)) {
      case 0:
        return binary(dice.pick(ARITHMETIC), type, depth);
      case 1:
        return binary(dice.pick(List.of("/", "%")), type, depth);
      default:
        return new Expr.Unary(dice.pick(List.of("-", "+")), exprs.gen(type, depth), type);
    }
  }

  /** {@code a op b} whose promoted type is {@code type}; one operand has {@code type} itself. */
  private Expr binary(String op, JType type, int depth) {
    JType wide = type == JType.INT ? operandFor(type, false) : type;
    JType other = operandFor(type, false);
    boolean wideLeft = dice.chance(0.5);
    Expr left = exprs.gen(wideLeft ? wide : other, depth);
    Expr right = exprs.gen(wideLeft ? other : wide, depth);
    return new Expr.Binary(op, left, right, type);
  }

  /** Integer {@code /} or {@code %}: the divisor is usually odd (never zero, but possibly -1). */
  private Expr division(JType type, int depth) {
    String op = dice.chance(0.5) ? "/" : "%";
    JType divisorType = operandFor(type, false);
    Expr dividend = exprs.gen(type == JType.LONG && dice.chance(0.6) ? JType.LONG : operandFor(type, false), depth);
    Expr divisor = exprs.gen(type == JType.LONG && divisorType != JType.LONG && dividend.type() != JType.LONG
        ? JType.LONG : divisorType, depth);
    switch (dice.weighted(80, 12, 8)) {
      case 0:
        divisor = oddOf(divisor);
        break;
      case 1:
        divisor = Values.literal(divisor.type() == JType.LONG ? JType.LONG : JType.INT,
            divisor.type() == JType.LONG ? (Object) dice.pick(List.of(-1L, 1L, 7L, Long.MIN_VALUE))
                : (Object) dice.pick(List.of(-1, 1, 7, Integer.MIN_VALUE)));
        break;
      default:
        break; // may be zero: both devices must throw the same ArithmeticException
    }
    return new Expr.Binary(op, dividend, divisor, type);
  }

  /** {@code (e | 1)}: odd, so never zero, and -1 when e is -1 or -2. */
  static Expr oddOf(Expr e) {
    JType type = e.type().promoted();
    Object one = type == JType.LONG ? (Object) 1L : (Object) 1;
    return new Expr.Binary("|", e, Values.literal(type == JType.LONG ? JType.LONG : JType.INT, one), type);
  }

  /** A shift: the left operand's promoted type is the result; the distance is any integral value. */
  private Expr shift(JType type, int depth) {
    Expr left = exprs.gen(type == JType.INT ? operandFor(type, false) : JType.LONG, depth);
    JType distanceType = dice.pick(JType.INTEGRAL);
    Expr distance = dice.chance(0.4)
        ? Values.literal(distanceType == JType.LONG ? JType.LONG : JType.INT,
            distanceType == JType.LONG ? (Object) (long) dice.pick(SHIFT_DISTANCES) : (Object) dice.pick(SHIFT_DISTANCES))
        : exprs.gen(distanceType, depth);
    return new Expr.Binary(dice.pick(SHIFTS), left, distance, type);
  }

  private Expr bool(int depth) {
    switch (dice.weighted(45, 18, 8, 10, 6)) {
      case 0: {
        JType compared = dice.pick(List.of(JType.INT, JType.INT, JType.LONG, JType.FLOAT, JType.DOUBLE, JType.CHAR));
        JType left = compared == JType.CHAR ? JType.CHAR : operandFor(compared, false);
        return new Expr.Binary(dice.pick(COMPARISONS), exprs.gen(left, depth), exprs.gen(compared, depth),
            JType.BOOLEAN);
      }
      case 1:
        return new Expr.Binary(dice.pick(List.of("&&", "||")), exprs.gen(JType.BOOLEAN, depth),
            exprs.gen(JType.BOOLEAN, depth), JType.BOOLEAN);
      case 2:
        return new Expr.Unary("!", exprs.gen(JType.BOOLEAN, depth), JType.BOOLEAN);
      case 3:
        return new Expr.Binary(dice.pick(List.of("&", "|", "^")), exprs.gen(JType.BOOLEAN, depth),
            exprs.gen(JType.BOOLEAN, depth), JType.BOOLEAN);
      default:
        return new Expr.Binary(dice.pick(List.of("==", "!=")), exprs.gen(JType.BOOLEAN, depth),
            exprs.gen(JType.BOOLEAN, depth), JType.BOOLEAN);
    }
  }

  /**
   * An operand type that promotes to at most {@code type}: any of byte/short/char/int for an int
   * result (int most often), any integral type for long, any numeric type up to float or double.
   * {@code unary}: a type whose own promotion is exactly {@code type}.
   */
  private JType operandFor(JType type, boolean unary) {
    return switch (type) {
      case INT -> dice.chance(0.55) ? JType.INT : dice.pick(JType.PROMOTED_TO_INT);
      case LONG -> unary || dice.chance(0.5) ? JType.LONG : dice.pick(JType.PROMOTED_TO_INT);
      case FLOAT -> dice.chance(0.5) ? JType.FLOAT
          : dice.pick(List.of(JType.BYTE, JType.SHORT, JType.CHAR, JType.INT, JType.LONG, JType.FLOAT));
      case DOUBLE -> dice.chance(0.5) ? JType.DOUBLE : dice.pick(JType.NUMERIC);
      case BOOLEAN, BYTE, SHORT, CHAR -> throw new AssertionError("no operator yields " + type);
    };
  }
}
