package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.JType;
import java.util.List;

/**
 * Values of every primitive type, with the edge cases that break compilers weighted up (zero, -1,
 * MIN/MAX, NaN, infinities, -0.0, shift distances 31/32/63/64), and their Java source text. The
 * same values feed literals in programs and the contents of input arrays.
 */
public final class Values {
  private static final List<Integer> INTS = List.of(0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 31, 32, 63, 64, 2,
      -2, 255, 65535, 0x55555555);
  private static final List<Long> LONGS = List.of(0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE, 31L, 32L, 63L, 64L,
      (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 0xFFFFFFFFL, 1L << 53);
  private static final List<Float> FLOATS = List.of(0f, -0f, 1f, -1f, Float.NaN, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, 1e30f, -1e30f, 0.5f, 2.5f, -2.5f, 1.5f, 31f, 3e9f,
      -3e9f, 1e-40f, 16777217f);
  private static final List<Double> DOUBLES = List.of(0d, -0d, 1d, -1d, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1e30, -1e300, 0.5, 2.5, -2.5, -0.5, 63d, 1e19,
      -9.3e18, 2147483648.0, 4.9e-320);
  private static final List<Character> CHARS = List.of('\0', '\uffff', 'a', 'z', '0', '\u8000', '\u007f');

  private Values() {}

  /** A value of {@code type} (boxed): an edge case with probability {@code edgeBias}, else random. */
  public static Object value(Dice dice, JType type, double edgeBias) {
    boolean edge = dice.chance(edgeBias);
    return switch (type) {
      case BOOLEAN -> dice.chance(0.5);
      case BYTE -> edge ? (byte) (int) dice.pick(List.of(0, -1, 1, -128, 127)) : (byte) dice.nextInt();
      case SHORT -> edge ? (short) (int) dice.pick(List.of(0, -1, 1, -32768, 32767, 255)) : (short) dice.nextInt();
      case CHAR -> edge ? dice.pick(CHARS) : (char) dice.nextInt();
      case INT -> edge ? dice.pick(INTS) : dice.chance(0.5) ? dice.between(-100, 100) : dice.nextInt();
      case LONG -> edge ? dice.pick(LONGS) : dice.chance(0.5) ? (long) dice.between(-1000, 1000) : dice.nextLong();
      case FLOAT -> edge ? dice.pick(FLOATS) : dice.chance(0.2) ? Float.intBitsToFloat(dice.nextInt())
          : (float) ((dice.nextDouble() - 0.5) * Math.pow(10, dice.between(-3, 6)));
      case DOUBLE -> edge ? dice.pick(DOUBLES) : dice.chance(0.2) ? Double.longBitsToDouble(dice.nextLong())
          : (dice.nextDouble() - 0.5) * Math.pow(10, dice.between(-3, 12));
    };
  }

  /** A literal of {@code type}: an edge case (70%) or a random value. */
  public static Expr.Literal literal(Dice dice, JType type) {
    return literal(type, value(dice, type, 0.7));
  }

  /** The literal whose value is {@code value} (a boxed {@code type}), as javac reads it back exactly. */
  public static Expr.Literal literal(JType type, Object value) {
    return new Expr.Literal(type, text(type, value));
  }

  static String text(JType type, Object value) {
    return switch (type) {
      case BOOLEAN -> value.toString();
      case BYTE -> "(byte) " + value;
      case SHORT -> "(short) " + value;
      case CHAR -> charText((Character) value);
      case INT -> (Integer) value == Integer.MIN_VALUE ? "Integer.MIN_VALUE" : value.toString();
      case LONG -> (Long) value == Long.MIN_VALUE ? "Long.MIN_VALUE" : value + "L";
      case FLOAT -> floatText((Float) value);
      case DOUBLE -> doubleText((Double) value);
    };
  }

  private static String charText(char c) {
    return Character.isLetterOrDigit(c) && c < 128 ? "'" + c + "'" : "(char) " + (int) c;
  }

  private static String floatText(float v) {
    if (Float.isNaN(v)) return "Float.NaN";
    if (Float.isInfinite(v)) return v > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
    return Float.toString(v) + "f";
  }

  private static String doubleText(double v) {
    if (Double.isNaN(v)) return "Double.NaN";
    if (Double.isInfinite(v)) return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    return Double.toString(v);
  }

  /** The simplest literals of {@code type}, in the order the reducer tries them. */
  public static List<Expr.Literal> simplest(JType type) {
    return switch (type) {
      case BOOLEAN -> List.of(literal(type, false), literal(type, true));
      case BYTE -> List.of(literal(type, (byte) 0), literal(type, (byte) 1));
      case SHORT -> List.of(literal(type, (short) 0), literal(type, (short) 1));
      case CHAR -> List.of(literal(type, '0'), literal(type, 'a'));
      case INT -> List.of(literal(type, 0), literal(type, 1), literal(type, -1));
      case LONG -> List.of(literal(type, 0L), literal(type, 1L), literal(type, -1L));
      case FLOAT -> List.of(literal(type, 0f), literal(type, 1f));
      case DOUBLE -> List.of(literal(type, 0d), literal(type, 1d));
    };
  }
}
