package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.InvokeKind;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.UnaryOp;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The remaining node kinds: fields, arrays, loops and jumps, unary operators, call kinds, records. */
class SidecarNodesTest {
  private static final String SOURCE = """
      package t;

      public class T implements Runnable {
        static int counter;
        int value;
        static final String NAME = "n" + 1;

        static void loops(int[] a, long[] b) {
          int[][] grid = new int[a.length][2];
          int[] init = {1, 'x', (byte) 3};
          outer:
          while (a[0] > 0) {
            do { a[0]--; } while (a[1] > 0);
            for (int i = 0, j = 1; ; i++, j--) {
              if (i > j) continue outer;
              if (i == j) break outer;
              if (i < 0) break;
            }
          }
          ;
          b[0] = -b[1] + ~a[0];
          boolean f = !(a[0] == 0) & a.length != 1 | true ^ (a == null);
          counter = ++counter;
        }

        void calls(Runnable r, T t) {
          r.run();
          run();
          t.helper();
          super.toString();
          value = this.value + t.value;
        }

        private void helper() {}

        @Override public void run() {}

        String constant() { return NAME; }

        record Point(int x, int y) {
          Point {
            if (x < 0) x = 0;
          }
        }
      }
      """;

  private static CompilationResult compile() {
    return new InProcessJavac().source("t/T.java", SOURCE).compile().requireClean();
  }

  @Test
  void arraysLoopsAndJumps() {
    MethodInfo m = compile().method("t.T", "loops");
    Expr grid = Nodes.stmts(m, Stmt.KindCase.LOCAL_VAR).get(0).getLocalVar().getInit();
    assertEquals("[[I", Nodes.type(m, grid));
    assertEquals(2, grid.getNewArray().getDimsCount());
    assertEquals(Expr.KindCase.ARRAY_LENGTH, grid.getNewArray().getDims(0).getKindCase());
    Expr init = Nodes.stmts(m, Stmt.KindCase.LOCAL_VAR).get(1).getLocalVar().getInit();
    assertEquals(3, init.getNewArray().getElementsCount());
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, init.getNewArray().getElements(1).getConvert().getKind());
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, init.getNewArray().getElements(2).getConvert().getKind());
    assertEquals("B", Nodes.type(m, init.getNewArray().getElements(2).getConvert().getOperand()));

    Stmt labeled = Nodes.stmts(m, Stmt.KindCase.LABELED).get(0);
    assertEquals("outer", labeled.getLabeled().getLabel());
    assertEquals(Stmt.KindCase.WHILE_STMT, labeled.getLabeled().getBody().getKindCase());
    assertEquals(1, Nodes.stmts(m, Stmt.KindCase.DO_WHILE).size());
    Stmt loop = Nodes.stmts(m, Stmt.KindCase.FOR_STMT).get(0);
    assertEquals(2, loop.getForStmt().getInitCount());
    assertFalse(loop.getForStmt().hasCond());
    assertEquals(2, loop.getForStmt().getUpdateCount());
    assertEquals("outer", Nodes.stmts(m, Stmt.KindCase.CONTINUE_STMT).get(0).getContinueStmt().getLabel());
    List<String> breaks = Nodes.stmts(m, Stmt.KindCase.BREAK_STMT).stream()
        .map(s -> s.getBreakStmt().getLabel()).collect(Collectors.toList());
    assertEquals(List.of("outer", ""), breaks);
    assertEquals(1, Nodes.stmts(m, Stmt.KindCase.EMPTY).size());
  }

  @Test
  void unaryAndLogicalOperators() {
    MethodInfo m = compile().method("t.T", "loops");
    List<Expr> unary = Nodes.exprs(m, Expr.KindCase.UNARY);
    assertEquals(List.of(UnaryOp.NEG, UnaryOp.BIT_NOT, UnaryOp.NOT),
        unary.stream().map(e -> e.getUnary().getOp()).collect(Collectors.toList()));
    Expr add = Nodes.first(m, e -> e.hasBinary() && e.getBinary().getOp() == BinaryOp.ADD);
    assertEquals("J", Nodes.type(m, add));
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, add.getBinary().getRight().getConvert().getKind());
    Expr and = Nodes.first(m, e -> e.hasBinary() && e.getBinary().getOp() == BinaryOp.AND);
    assertEquals("Z", Nodes.type(m, and));
    Expr referenceEquality = Nodes.first(m, e -> e.hasBinary() && e.getBinary().getOp() == BinaryOp.EQ
        && e.getBinary().getRight().hasLiteral() && e.getBinary().getRight().getLiteral().getNullValue());
    assertEquals("[I", Nodes.type(m, referenceEquality.getBinary().getLeft()));
    Expr staticWrite = Nodes.first(m, e -> e.hasAssign() && e.getAssign().getTarget().hasField());
    assertTrue(staticWrite.getAssign().getTarget().getField().getIsStatic());
    assertEquals("t.T", staticWrite.getAssign().getTarget().getField().getOwner());
    assertEquals("I", staticWrite.getAssign().getTarget().getField().getDesc());
    assertTrue(staticWrite.getAssign().getValue().getIncDec().getPrefix());
  }

  @Test
  void callKindsAndImplicitReceivers() {
    MethodInfo m = compile().method("t.T", "calls");
    List<Expr> calls = Nodes.exprs(m, Expr.KindCase.INVOKE);
    assertEquals(List.of(InvokeKind.INTERFACE, InvokeKind.VIRTUAL, InvokeKind.SPECIAL, InvokeKind.SPECIAL),
        calls.stream().map(e -> e.getInvoke().getKind()).collect(Collectors.toList()));
    assertEquals(List.of("java.lang.Runnable.run", "t.T.run", "t.T.helper", "java.lang.Object.toString"),
        calls.stream().map(e -> e.getInvoke().getOwner() + "." + e.getInvoke().getName()).collect(Collectors.toList()));
    assertEquals("this", calls.get(1).getInvoke().getReceiver().getUnsupported().getDetail());
    assertEquals("super", calls.get(3).getInvoke().getReceiver().getUnsupported().getDetail());
    Expr write = Nodes.first(m, Expr::hasAssign);
    assertFalse(write.getAssign().getTarget().getField().getIsStatic());
    assertEquals(UnsupportedKind.OTHER, write.getAssign().getTarget().getField().getReceiver().getUnsupported().getKind());
  }

  @Test
  void stringConstantsFoldToStringLiterals() {
    MethodInfo m = compile().method("t.T", "constant");
    Expr value = Nodes.stmts(m, Stmt.KindCase.RETURN_STMT).get(0).getReturnStmt().getValue();
    assertEquals("n1", value.getLiteral().getStringValue());
    assertEquals("Ljava/lang/String;", Nodes.type(m, value));
  }

  @Test
  void compactRecordConstructorHasItsParameters() {
    MethodInfo point = compile().sidecar("t.T").getMethodsList().stream()
        .filter(x -> x.getOwner().equals("t.T$Point") && x.getName().equals("<init>")).findFirst().orElseThrow();
    assertEquals("(II)V", point.getDesc());
    assertEquals(List.of("x", "y"), point.getParamsList().stream().map(p -> p.getName()).collect(Collectors.toList()));
    assertTrue(Nodes.exprs(point, Expr.KindCase.LOCAL).stream().allMatch(e -> e.getLocal().getSlot() == 0));
  }

  @Test
  void conversionsPushingABodyOverTheLimitMakeItTooDeep() {
    // 150 nested calls stay under the limit as a tree, but each argument is widened: 2 nodes a level
    String nested = "f(".repeat(150) + "1" + ")".repeat(150);
    MethodInfo m = new InProcessJavac().source("t/D.java", "package t;\nclass D {\n  static int f(long x) { return 0; }\n"
        + "  static int g() { return " + nested + "; }\n}\n").compile().requireClean().method("t.D", "g");
    Stmt only = m.getBody().getBlock().getStmts(0);
    assertEquals(UnsupportedKind.TOO_DEEP, only.getUnsupported().getKind());
    assertTrue(only.getUnsupported().getDetail().contains(String.valueOf(SidecarFormat.MAX_TREE_DEPTH)));
  }
}
