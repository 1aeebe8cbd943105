package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Valid Java of every shape serializes without a plugin error: generics, records, enums, lambdas,
 * switch expressions, patterns, text blocks, var, anonymous and local classes, and the newer tree
 * shapes when the running JDK has them.
 */
class LanguageShapesTest {
  private static final String JAVA_17 = """
      package shapes;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.function.IntUnaryOperator;

      public class Everything<T extends Comparable<T>> {
        sealed interface Shape permits Circle, Square {}
        record Circle(double r) implements Shape {
          Circle {
            if (r < 0) throw new IllegalArgumentException("negative");
          }
        }
        record Square(double side) implements Shape {}
        enum Op {
          ADD { int apply(int a, int b) { return a + b; } },
          SUB { int apply(int a, int b) { return a - b; } };
          abstract int apply(int a, int b);
        }

        private final List<T> items = new ArrayList<>();
        private int count;

        Everything() { this(0); }
        Everything(int count) { this.count = count; }

        T max() {
          T best = null;
          for (T item : items) if (best == null || item.compareTo(best) > 0) best = item;
          return best;
        }

        <U extends Number> double sum(List<U> values) {
          double total = 0;
          for (U v : values) total += v.doubleValue();
          return total;
        }

        static double area(Shape s) {
          if (s instanceof Circle c) return Math.PI * c.r() * c.r();
          return s instanceof Square q ? q.side() * q.side() : 0;
        }

        static String describe(Object o, int i) {
          var text = \"""
              text block
              \""";
          String kind = switch (i) {
            case 0 -> "zero";
            case 1 -> { yield "one"; }
            default -> text + i;
          };
          final int base = i;
          class Local { int twice() { return 2 * base; } }
          Runnable r = new Runnable() { public void run() { System.out.println(kind); } };
          IntUnaryOperator f = x -> x * new Local().twice();
          r.run();
          label:
          for (int k = 0; k < 3; k++) {
            if (k == 1) continue label;
            if (k == 2) break label;
          }
          int[][] grid = new int[2][3];
          grid[1][2] = f.applyAsInt(3);
          long big = grid[1][2];
          big >>>= 1;
          char c = 'a';
          c += 1;
          Integer boxed = 5;
          boxed++;
          boolean flag = !(boxed > 3) ^ true;
          flag &= o != null;
          String s = "" + flag + c + big;
          switch (s) { case "a": break; default: break; }
          do { i--; } while (i > 0);
          synchronized (Everything.class) { count(); }
          assert i <= 0 : "message";
          try (var closeable = (AutoCloseable) () -> {}) {
            return kind + s;
          } catch (Exception e) {
            return e.getMessage();
          }
        }

        static int count() { return Op.ADD.apply(1, 2) + Op.values().length + Op.valueOf("SUB").ordinal(); }

        int instanceStuff() {
          count++;
          return this.count + count + super.hashCode() + Everything.this.count;
        }

        interface WithDefault {
          default int value() { return 1; }
          static int constant() { return 2; }
          int abstractOne();
        }
      }
      """;

  private static final String JAVA_21 = """
      package shapes;

      public class Newer {
        sealed interface Shape permits Circle, Square {}
        record Circle(double r) implements Shape {}
        record Square(double side) implements Shape {}

        static double area(Object o) {
          if (o instanceof Circle(double r)) return r * r;
          return switch (o) {
            case null -> -1;
            case Square(var side) when side > 10 -> side;
            case Square s -> s.side() * s.side();
            case String str -> str.length();
            default -> 0;
          };
        }

        static int statement(Object o) {
          switch (o) {
            case Integer i when i > 0 -> { return i; }
            case Integer i -> { return -i; }
            default -> { return 0; }
          }
        }
      }
      """;

  @Test
  void java17ShapesSerializeWithoutPluginErrors() {
    CompilationResult result = new InProcessJavac().source("shapes/Everything.java", JAVA_17).compile().requireClean();
    ClassSidecar sidecar = result.sidecar("shapes.Everything");
    assertTrue(sidecar.getMethodsList().stream().allMatch(MethodHashes::verify));
    List<String> names = sidecar.getMethodsList().stream().map(m -> m.getOwner() + "." + m.getName())
        .collect(Collectors.toList());
    assertTrue(names.contains("shapes.Everything$Circle.<init>"), names::toString);
    assertTrue(names.contains("shapes.Everything$Op$1.apply"), names::toString);
    assertTrue(names.contains("shapes.Everything$1Local.twice"), names::toString);
    assertTrue(names.contains("shapes.Everything$WithDefault.value"), names::toString);
    assertFalse(names.contains("shapes.Everything$WithDefault.abstractOne"), names::toString);

    MethodInfo describe = result.method("shapes.Everything", "describe");
    List<UnsupportedKind> statements = Nodes.stmts(describe, Stmt.KindCase.UNSUPPORTED).stream()
        .map(s -> s.getUnsupported().getKind()).collect(Collectors.toList());
    assertEquals(List.of(UnsupportedKind.LOCAL_CLASS, UnsupportedKind.OTHER, UnsupportedKind.SYNCHRONIZED,
        UnsupportedKind.ASSERT, UnsupportedKind.TRY), statements);
    List<UnsupportedKind> expressions = Nodes.exprs(describe, Expr.KindCase.UNSUPPORTED).stream()
        .map(e -> e.getUnsupported().getKind()).collect(Collectors.toList());
    assertTrue(expressions.containsAll(List.of(UnsupportedKind.SWITCH_EXPRESSION, UnsupportedKind.OBJECT_ALLOCATION,
        UnsupportedKind.LAMBDA)), expressions::toString);
    assertEquals(3, Nodes.exprs(describe, Expr.KindCase.COMPOUND_ASSIGN).size());
  }

  @Test
  void java21PatternShapesSerializeWhenTheJdkHasThem() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() >= 21, "needs JDK 21+");
    CompilationResult result = new InProcessJavac().source("shapes/Newer.java", JAVA_21).compile().requireClean();
    MethodInfo statement = result.method("shapes.Newer", "statement");
    Stmt switchStatement = statement.getBody().getBlock().getStmts(0);
    assertEquals(UnsupportedKind.OTHER, switchStatement.getUnsupported().getKind());
    MethodInfo area = result.method("shapes.Newer", "area");
    assertFalse(Nodes.exprs(area, Expr.KindCase.UNSUPPORTED).isEmpty());
  }
}
