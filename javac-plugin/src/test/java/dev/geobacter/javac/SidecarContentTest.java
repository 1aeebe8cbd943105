package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.InvokeKind;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the typed tree records: types, explicit conversions, folded constants, resolved calls, positions. */
class SidecarContentTest {
  private static MethodInfo compileMethod(String name, String members) {
    String source = "package t;\n\npublic class T {\n" + members + "\n}\n";
    return new InProcessJavac().source("t/T.java", source).compile().requireClean().method("t.T", name);
  }

  @Test
  void compoundAssignmentOnByteRecordsIntOperation() {
    MethodInfo m = compileMethod("f", "  static void f() { byte b = 1; b += 300; }");
    Expr compound = Nodes.exprs(m, Expr.KindCase.COMPOUND_ASSIGN).get(0);
    assertEquals(BinaryOp.ADD, compound.getCompoundAssign().getOp());
    assertEquals("I", m.getTypes(compound.getCompoundAssign().getOperationType()));
    assertEquals("B", Nodes.type(m, compound));
    assertEquals(300, compound.getCompoundAssign().getValue().getLiteral().getIntValue());
    // the initializer 1 is an int constant narrowed to byte
    Expr init = Nodes.stmts(m, Stmt.KindCase.LOCAL_VAR).get(0).getLocalVar().getInit();
    assertEquals(ConversionKind.NARROWING_PRIMITIVE, init.getConvert().getKind());
    assertEquals("B", Nodes.type(m, init));
    assertEquals("I", Nodes.type(m, init.getConvert().getOperand()));
  }

  @Test
  void byteAndShortOperandsWidenToInt() {
    MethodInfo m = compileMethod("f", "  static int f(byte a, short b) { return a + b; }");
    Expr add = Nodes.exprs(m, Expr.KindCase.BINARY).get(0);
    assertEquals("I", Nodes.type(m, add));
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, add.getBinary().getLeft().getConvert().getKind());
    assertEquals("B", Nodes.type(m, add.getBinary().getLeft().getConvert().getOperand()));
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, add.getBinary().getRight().getConvert().getKind());
    assertEquals("S", Nodes.type(m, add.getBinary().getRight().getConvert().getOperand()));
  }

  @Test
  void castIsNarrowing() {
    MethodInfo m = compileMethod("f", "  static int f(float x) { return (int) x; }");
    Expr cast = Nodes.exprs(m, Expr.KindCase.CONVERT).get(0);
    assertEquals(ConversionKind.NARROWING_PRIMITIVE, cast.getConvert().getKind());
    assertEquals("I", Nodes.type(m, cast));
    assertEquals("F", Nodes.type(m, cast.getConvert().getOperand()));
  }

  @Test
  void staticFinalConstantIsFolded() {
    MethodInfo m = compileMethod("f", """
          static final int N = 3;
          static final double HALF = 0.5;
          static int f() { return N * 2; }
          static double g() { return -HALF; }
        """);
    Expr value = Nodes.stmts(m, Stmt.KindCase.RETURN_STMT).get(0).getReturnStmt().getValue();
    assertEquals(6, value.getLiteral().getIntValue());
    assertEquals("I", Nodes.type(m, value));
    assertTrue(Nodes.exprs(m, Expr.KindCase.FIELD).isEmpty());
  }

  @Test
  void floatingConstantsAreRawBits() {
    MethodInfo m = compileMethod("f", "  static double f() { return -0.0; }\n  static float g() { return Float.NaN; }");
    Expr value = Nodes.stmts(m, Stmt.KindCase.RETURN_STMT).get(0).getReturnStmt().getValue();
    assertEquals(Double.doubleToRawLongBits(-0.0), value.getLiteral().getDoubleBits());
  }

  @Test
  void floatTimesFloatConstantStaysFloat() {
    MethodInfo m = compileMethod("f", "  static float f(float x) { return x * 2.0f; }");
    Expr mul = Nodes.exprs(m, Expr.KindCase.BINARY).get(0);
    assertEquals(BinaryOp.MUL, mul.getBinary().getOp());
    assertEquals("F", Nodes.type(m, mul));
    assertEquals(Float.floatToRawIntBits(2.0f), mul.getBinary().getRight().getLiteral().getFloatBits());
    assertEquals(Expr.KindCase.LOCAL, mul.getBinary().getLeft().getKindCase());
  }

  @Test
  void charArithmeticPromotesToInt() {
    MethodInfo m = compileMethod("f", "  static char f(char c) { return (char) (c + 1); }");
    Expr add = Nodes.exprs(m, Expr.KindCase.BINARY).get(0);
    assertEquals("I", Nodes.type(m, add));
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, add.getBinary().getLeft().getConvert().getKind());
    assertEquals("C", Nodes.type(m, add.getBinary().getLeft().getConvert().getOperand()));
    Expr cast = Nodes.stmts(m, Stmt.KindCase.RETURN_STMT).get(0).getReturnStmt().getValue();
    assertEquals(ConversionKind.NARROWING_PRIMITIVE, cast.getConvert().getKind());
    assertEquals("C", Nodes.type(m, cast));
  }

  @Test
  void mathSqrtIsResolvedAndItsFloatArgumentWidened() {
    MethodInfo m = compileMethod("f", "  static float f(float x) { return (float) Math.sqrt(x); }");
    Expr call = Nodes.exprs(m, Expr.KindCase.INVOKE).get(0);
    assertEquals(InvokeKind.STATIC, call.getInvoke().getKind());
    assertEquals("java.lang.Math", call.getInvoke().getOwner());
    assertEquals("sqrt", call.getInvoke().getName());
    assertEquals("(D)D", call.getInvoke().getDesc());
    assertFalse(call.getInvoke().hasReceiver());
    Expr argument = call.getInvoke().getArgs(0);
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, argument.getConvert().getKind());
    assertEquals("D", Nodes.type(m, argument));
  }

  @Test
  void forEachOverArrayAndIterable() {
    MethodInfo m = compileMethod("f", """
          static double f(float[] xs, java.util.List<Float> list) {
            double sum = 0;
            for (double x : xs) sum += x;
            for (Float x : list) sum += x;
            return sum;
          }
        """);
    Stmt loop = Nodes.stmts(m, Stmt.KindCase.FOR_EACH).get(0);
    assertEquals("D", m.getTypes(loop.getForEach().getVarType()));
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, loop.getForEach().getElementConversion());
    assertEquals("x", loop.getForEach().getName());
    assertEquals(List.of(0, 1, 2, 3), slots(m));
    Stmt iterable = Nodes.stmts(m, Stmt.KindCase.UNSUPPORTED).get(0);
    assertEquals(UnsupportedKind.OTHER, iterable.getUnsupported().getKind());
    assertEquals("for-each over Iterable", iterable.getUnsupported().getDetail());
  }

  @Test
  void switchStatementsOldStyleAndArrow() {
    MethodInfo m = compileMethod("f", """
          enum Color { RED, GREEN }
          static int f(int i, Color c) {
            switch (i) {
              case 1, 'A': i++; break;
              case 7:
              default: i--;
            }
            switch (c) {
              case RED -> i = 0;
              case GREEN -> { i = 1; }
            }
            return i;
          }
        """);
    List<Stmt> switches = Nodes.stmts(m, Stmt.KindCase.SWITCH_STMT);
    var old = switches.get(0).getSwitchStmt();
    assertFalse(old.getArrow());
    assertEquals(List.of(1L, 65L), old.getCases(0).getIntLabelsList());
    assertEquals(2, old.getCases(0).getBodyCount());
    assertEquals(List.of(7L), old.getCases(1).getIntLabelsList());
    assertEquals(0, old.getCases(1).getBodyCount());
    assertFalse(old.getCases(1).getIsDefault());
    assertTrue(old.getCases(2).getIsDefault());
    var arrow = switches.get(1).getSwitchStmt();
    assertTrue(arrow.getArrow());
    assertEquals(List.of("RED"), arrow.getCases(0).getEnumLabelsList());
    assertEquals(List.of("GREEN"), arrow.getCases(1).getEnumLabelsList());
  }

  @Test
  void unsupportedConstructsKeepTheirKindAndPosition() {
    MethodInfo m = compileMethod("f", """
          record Point(int x, int y) {}
          static Object f(Object lock, int[] a) {
            try { a[0] = 1; } finally { a[1] = 2; }
            synchronized (lock) { a[0]++; }
            if (a.length == 0) throw new IllegalStateException("empty");
            Runnable r = () -> {};
            boolean s = lock instanceof String;
            int v = switch (a[0]) { case 0 -> 1; default -> 2; };
            return new Point(1, 2);
          }
        """);
    List<Stmt> unsupportedStatements = Nodes.stmts(m, Stmt.KindCase.UNSUPPORTED);
    assertEquals(List.of(UnsupportedKind.TRY, UnsupportedKind.SYNCHRONIZED, UnsupportedKind.THROW),
        unsupportedStatements.stream().map(s -> s.getUnsupported().getKind()).collect(Collectors.toList()));
    assertEquals(List.of("try", "synchronized", "throw"),
        unsupportedStatements.stream().map(s -> s.getUnsupported().getDetail()).collect(Collectors.toList()));
    assertEquals(6, unsupportedStatements.get(0).getLine());
    assertEquals(5, unsupportedStatements.get(0).getColumn());
    List<Expr> unsupported = Nodes.exprs(m, Expr.KindCase.UNSUPPORTED);
    assertEquals(List.of(UnsupportedKind.LAMBDA, UnsupportedKind.INSTANCEOF, UnsupportedKind.SWITCH_EXPRESSION,
            UnsupportedKind.OBJECT_ALLOCATION),
        unsupported.stream().map(e -> e.getUnsupported().getKind()).collect(Collectors.toList()));
    Expr allocation = unsupported.get(3);
    assertEquals("new Point(...)", allocation.getUnsupported().getDetail());
    assertEquals(12, allocation.getLine());
    assertEquals(12, allocation.getColumn());
  }

  @Test
  void typeTableIsInFirstUseOrderAndParametersTakeFirstSlots() {
    MethodInfo m = compileMethod("f", "  static long f(int[] a, long b) { int i = a[0]; long c = b + i; return c; }");
    assertEquals(List.of("[I", "J", "I"), m.getTypesList());
    assertEquals(0, m.getParams(0).getSlot());
    assertEquals(1, m.getParams(1).getSlot());
    assertEquals(List.of(0, 1, 2, 3), slots(m));
    assertEquals(0x0008, m.getAccess());
    assertEquals("([IJ)J", m.getDesc());
    assertTrue(MethodHashes.verify(m));
  }

  @Test
  void positionsAreLineAndColumnWithTabsExpanded() {
    String source = "package t;\n\npublic class T {\n\tstatic int f(int a) {\n\t\treturn a\t+ 1;\n\t}\n}\n";
    MethodInfo m = new InProcessJavac().source("t/T.java", source).compile().requireClean().method("t.T", "f");
    Stmt ret = Nodes.stmts(m, Stmt.KindCase.RETURN_STMT).get(0);
    assertEquals(5, ret.getLine());
    assertEquals(17, ret.getColumn());
    Expr add = ret.getReturnStmt().getValue();
    assertEquals(24, add.getColumn());
    assertEquals(4, m.getLine());
  }

  @Test
  void conditionalUnboxingAndBoxing() {
    MethodInfo m = compileMethod("f", """
          static long f(boolean c, Integer boxed, int i) {
            Integer again = i;
            return c ? boxed : i;
          }
        """);
    Expr boxing = Nodes.stmts(m, Stmt.KindCase.LOCAL_VAR).get(0).getLocalVar().getInit();
    assertEquals(ConversionKind.BOXING, boxing.getConvert().getKind());
    assertEquals("Ljava/lang/Integer;", Nodes.type(m, boxing));
    Expr returned = Nodes.stmts(m, Stmt.KindCase.RETURN_STMT).get(0).getReturnStmt().getValue();
    assertEquals(ConversionKind.WIDENING_PRIMITIVE, returned.getConvert().getKind());
    Expr conditional = returned.getConvert().getOperand();
    assertEquals("I", Nodes.type(m, conditional));
    assertEquals(ConversionKind.UNBOXING, conditional.getConditional().getThenValue().getConvert().getKind());
  }

  @Test
  void shiftsPromoteEachOperandOnItsOwn() {
    MethodInfo m = compileMethod("f", "  static long f(long x, byte s) { return x << s; }");
    Expr shift = Nodes.exprs(m, Expr.KindCase.BINARY).get(0);
    assertEquals("J", Nodes.type(m, shift));
    assertEquals(Expr.KindCase.LOCAL, shift.getBinary().getLeft().getKindCase());
    assertEquals("I", Nodes.type(m, shift.getBinary().getRight()));
  }

  @Test
  void incrementOfArrayElementAndVarargsCall() {
    MethodInfo m = compileMethod("f", """
          static void sink(int... xs) {}
          static void f(short[] a) { a[0]++; sink(1, 2); }
        """);
    Expr inc = Nodes.exprs(m, Expr.KindCase.INC_DEC).get(0);
    assertEquals("I", m.getTypes(inc.getIncDec().getOperationType()));
    assertEquals("S", Nodes.type(m, inc));
    assertTrue(inc.getIncDec().getIncrement());
    assertFalse(inc.getIncDec().getPrefix());
    assertEquals(Expr.KindCase.ARRAY_ACCESS, inc.getIncDec().getTarget().getKindCase());
    assertEquals(UnsupportedKind.VARARGS_CALL, Nodes.exprs(m, Expr.KindCase.UNSUPPORTED).get(0).getUnsupported().getKind());
  }

  private static List<Integer> slots(MethodInfo m) {
    List<Integer> slots = m.getParamsList().stream().map(p -> p.getSlot()).collect(Collectors.toList());
    for (Stmt s : Nodes.stmts(m)) {
      if (s.hasLocalVar()) slots.add(s.getLocalVar().getSlot());
      if (s.hasForEach()) slots.add(s.getForEach().getSlot());
    }
    return slots.stream().sorted().collect(Collectors.toList());
  }
}
