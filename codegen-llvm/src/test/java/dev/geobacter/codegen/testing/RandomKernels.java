package dev.geobacter.codegen.testing;

import java.util.List;
import java.util.Random;

/**
 * Generates well-typed random kernels over int, long, float and double (with byte, short and char
 * through casts and compound assignments), for differential testing against the JVM. The same
 * seed always gives the same source.
 */
public final class RandomKernels {
  private enum Type { INT, LONG, FLOAT, DOUBLE }

  private static final List<String> INT_LITERALS = List.of("0", "1", "-1", "31", "32", "7", "Integer.MIN_VALUE",
      "Integer.MAX_VALUE", "0x55aa", "-100000");
  private static final List<String> LONG_LITERALS = List.of("0L", "1L", "-1L", "63L", "64L", "Long.MIN_VALUE",
      "Long.MAX_VALUE", "0x123456789L", "-3L");
  private static final List<String> FLOAT_LITERALS = List.of("0f", "-0f", "1.5f", "-2.5f", "1e30f", "3.4e38f",
      "Float.NaN", "Float.POSITIVE_INFINITY", "0.1f", "1e-40f");
  private static final List<String> DOUBLE_LITERALS = List.of("0.0", "-0.0", "2.5", "-0.5", "1e300", "Double.NaN",
      "Double.NEGATIVE_INFINITY", "0.1", "4.9e-324", "9.3e18");

  private final Random random;
  private final int maxDepth;

  public RandomKernels(long seed, int maxDepth) {
    this.random = new Random(seed);
    this.maxDepth = maxDepth;
  }

  /** A class named {@code className} holding kernels {@code k0 .. k(count-1)}. */
  public String source(String className, int count) {
    StringBuilder out = new StringBuilder("import static dev.geobacter.Gpu.*;\nclass ").append(className).append(" {\n");
    for (int k = 0; k < count; k++) out.append(kernel("k" + k));
    return out.append("}\n").toString();
  }

  private String kernel(String name) {
    return "  static void " + name + "(int[] ia, long[] la, float[] fa, double[] da, int[] oi, long[] ol, float[] of,"
        + " double[] od) {\n"
        + "    int g = globalId(0);\n"
        + "    if (g + 1 >= ia.length) return;\n"
        + "    int i0 = ia[g], i1 = ia[g + 1];\n"
        + "    long l0 = la[g], l1 = la[g + 1];\n"
        + "    float f0 = fa[g], f1 = fa[g + 1];\n"
        + "    double d0 = da[g], d1 = da[g + 1];\n"
        + "    byte b = (byte) i1;\n"
        + "    short s = (short) i0;\n"
        + "    char c = (char) i1;\n"
        + "    b += " + expr(Type.INT, 1) + ";\n"
        + "    s *= " + expr(Type.INT, 1) + ";\n"
        + "    c -= " + expr(Type.INT, 1) + ";\n"
        + "    f0 += " + expr(Type.DOUBLE, 1) + ";\n"
        + "    i0 >>>= " + expr(Type.LONG, 2) + ";\n"
        + "    oi[g] = " + expr(Type.INT, 0) + " + b + s + c;\n"
        + "    ol[g] = " + expr(Type.LONG, 0) + ";\n"
        + "    of[g] = " + expr(Type.FLOAT, 0) + ";\n"
        + "    od[g] = " + expr(Type.DOUBLE, 0) + ";\n"
        + statements()
        + "  }\n";
  }

  /** A loop with early exits, a switch and element updates, all over the outputs. */
  private String statements() {
    return "    outer:\n"
        + "    for (int k = 0; k < (i1 & 7); k++) {\n"
        + "      if (" + expr(Type.INT, 2) + " > " + expr(Type.INT, 2) + ") continue;\n"
        + "      switch ((" + expr(Type.INT, 2) + ") & 3) {\n"
        + "        case 0: oi[g] += k; break;\n"
        + "        case 1: ol[g] ^= " + expr(Type.LONG, 2) + ";\n"
        + "        case 2: of[g] *= " + expr(Type.FLOAT, 2) + "; break;\n"
        + "        default: if (k > 4) break outer;\n"
        + "      }\n"
        + "      od[g] -= " + expr(Type.DOUBLE, 2) + ";\n"
        + "      oi[g]++;\n"
        + "    }\n"
        + "    int n = 0;\n"
        + "    do { n += 3; } while (n < (c & 15) && " + expr(Type.INT, 3) + " != 0);\n"
        + "    ol[g] += n;\n";
  }

  private String expr(Type type, int depth) {
    if (depth >= maxDepth || random.nextInt(5) == 0) return leaf(type);
    int next = depth + 1;
    return switch (type) {
      case INT -> intExpr(next);
      case LONG -> longExpr(next);
      case FLOAT -> floatExpr(next);
      case DOUBLE -> doubleExpr(next);
    };
  }

  private String intExpr(int d) {
    return switch (random.nextInt(12)) {
      case 0, 1 -> binary(Type.INT, d, "+", "-", "*", "&", "|", "^");
      case 2 -> "(" + expr(Type.INT, d) + pick("<<", ">>", ">>>") + expr(random.nextBoolean() ? Type.INT : Type.LONG, d) + ")";
      case 3 -> "(" + expr(Type.INT, d) + pick("/", "%") + "(" + expr(Type.INT, d) + " | 1))";
      case 4 -> "((int) " + expr(pickType(), d) + ")";
      case 5 -> "((" + pick("byte", "short", "char") + ") " + expr(pickType(), d) + ")";
      case 6 -> "Math." + pick("min", "max") + "(" + expr(Type.INT, d) + ", " + expr(Type.INT, d) + ")";
      case 7 -> "Math.abs(" + expr(Type.INT, d) + ")";
      case 8 -> "(" + pick("-", "~") + " " + expr(Type.INT, d) + ")";
      case 9 -> "Math.round(" + expr(Type.FLOAT, d) + ")";
      default -> conditional(Type.INT, d);
    };
  }

  private String longExpr(int d) {
    return switch (random.nextInt(10)) {
      case 0, 1 -> binary(Type.LONG, d, "+", "-", "*", "&", "|", "^");
      case 2 -> "(" + expr(Type.LONG, d) + pick("<<", ">>", ">>>") + expr(random.nextBoolean() ? Type.INT : Type.LONG, d) + ")";
      case 3 -> "(" + expr(Type.LONG, d) + pick("/", "%") + "(" + expr(Type.LONG, d) + " | 1L))";
      case 4 -> "((long) " + expr(pickType(), d) + ")";
      case 5 -> "Math.round(" + expr(Type.DOUBLE, d) + ")";
      case 6 -> "Math." + pick("min", "max") + "(" + expr(Type.LONG, d) + ", " + expr(Type.LONG, d) + ")";
      case 7 -> "(" + expr(Type.INT, d) + " + " + expr(Type.LONG, d) + ")";
      default -> conditional(Type.LONG, d);
    };
  }

  private String floatExpr(int d) {
    return switch (random.nextInt(9)) {
      case 0, 1, 2 -> binary(Type.FLOAT, d, "+", "-", "*", "/", "%");
      case 3 -> "((float) " + expr(pickType(), d) + ")";
      case 4 -> "Math." + pick("min", "max") + "(" + expr(Type.FLOAT, d) + ", " + expr(Type.FLOAT, d) + ")";
      case 5 -> "Math.abs(" + expr(Type.FLOAT, d) + ")";
      case 6 -> "(- " + expr(Type.FLOAT, d) + ")";
      case 7 -> "(" + expr(Type.INT, d) + " * " + expr(Type.FLOAT, d) + ")";
      default -> conditional(Type.FLOAT, d);
    };
  }

  private String doubleExpr(int d) {
    return switch (random.nextInt(9)) {
      case 0, 1 -> binary(Type.DOUBLE, d, "+", "-", "*", "/", "%");
      case 2 -> "((double) " + expr(pickType(), d) + ")";
      case 3 -> "Math." + pick("sqrt", "floor", "ceil", "rint", "abs") + "(" + expr(Type.DOUBLE, d) + ")";
      case 4 -> "Math." + pick("min", "max") + "(" + expr(Type.DOUBLE, d) + ", " + expr(Type.DOUBLE, d) + ")";
      case 5 -> "(" + expr(Type.FLOAT, d) + " + " + expr(Type.DOUBLE, d) + ")";
      case 6 -> "(" + expr(Type.LONG, d) + " * " + expr(Type.DOUBLE, d) + ")";
      default -> conditional(Type.DOUBLE, d);
    };
  }

  private String binary(Type type, int d, String... operators) {
    return "(" + expr(type, d) + " " + pick(operators) + " " + expr(type, d) + ")";
  }

  private String conditional(Type type, int d) {
    Type compared = pickType();
    String condition = "(" + expr(compared, d) + " " + pick("<", "<=", ">", ">=", "==", "!=") + " " + expr(compared, d) + ")";
    if (random.nextBoolean()) {
      condition = "(" + condition + pick(" && ", " || ", " & ", " ^ ") + "(" + expr(Type.INT, d) + " > 0))";
    }
    return "(" + condition + " ? " + expr(type, d) + " : " + expr(type, d) + ")";
  }

  private String leaf(Type type) {
    boolean variable = random.nextInt(3) > 0;
    return switch (type) {
      case INT -> variable ? pick("i0", "i1", "b", "s", "c") : pickFrom(INT_LITERALS);
      case LONG -> variable ? pick("l0", "l1") : pickFrom(LONG_LITERALS);
      case FLOAT -> variable ? pick("f0", "f1") : pickFrom(FLOAT_LITERALS);
      case DOUBLE -> variable ? pick("d0", "d1") : pickFrom(DOUBLE_LITERALS);
    };
  }

  private Type pickType() {
    return Type.values()[random.nextInt(Type.values().length)];
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String pickFrom(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
