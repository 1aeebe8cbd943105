package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.assertClean;
import static dev.geobacter.rules.Checking.check;
import static dev.geobacter.rules.Checking.rules;
import static dev.geobacter.rules.Checking.single;
import static dev.geobacter.rules.Trees.assign;
import static dev.geobacter.rules.Trees.at;
import static dev.geobacter.rules.Trees.binary;
import static dev.geobacter.rules.Trees.call;
import static dev.geobacter.rules.Trees.convert;
import static dev.geobacter.rules.Trees.declare;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.f;
import static dev.geobacter.rules.Trees.field;
import static dev.geobacter.rules.Trees.i;
import static dev.geobacter.rules.Trees.index;
import static dev.geobacter.rules.Trees.length;
import static dev.geobacter.rules.Trees.line;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.newArray;
import static dev.geobacter.rules.Trees.nul;
import static dev.geobacter.rules.Trees.ret;
import static dev.geobacter.rules.Trees.staticField;
import static dev.geobacter.rules.Trees.str;
import static dev.geobacter.rules.Trees.var;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.MethodInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRulesTest {
  private static final String STRING = "Ljava/lang/String;";

  @Test
  void primitivesArraysAndLengthsPass() {
    MethodInfo kernel = method("app.K", "k", "([F[I)V", "x", "n").body(
        declare("len", "I", length(var("x"))),
        declare("d", "D", convert(ConversionKind.WIDENING_PRIMITIVE, "D", index(var("x"), i(0)))),
        expr(assign(index(var("n"), i(1)), binary(BinaryOp.ADD, var("len"), i(2)))));
    assertClean(check(kernel));
  }

  @Test
  void stringLiteralIsGB120() {
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(call("app.Log", "log", "(Ljava/lang/String;)V",
        at(17, str("hello")))));
    KernelCheck check = check(kernel, method("app.Log", "log", "(Ljava/lang/String;)V", "s").body());
    Finding finding = single(Rule.STRING, check);
    assertEquals("strings are not supported in kernel code: \"hello\"", finding.message());
    assertEquals(17, finding.column());
  }

  @Test
  void concatenationIsOneFindingNotOnePerOperand() {
    MethodInfo kernel = method("app.K", "k", "(I)V", "n").body(
        declare("s", STRING, binary(BinaryOp.ADD, STRING, str("n="),
            convert(ConversionKind.NONE, STRING, var("n")))));
    Finding finding = single(Rule.STRING, check(kernel));
    assertEquals("local variable 's' has type java.lang.String; strings are not supported in kernel code, which"
        + " uses primitives and 1-D primitive arrays", finding.message());
  }

  @Test
  void concatenationInAnExpressionIsNamed() {
    MethodInfo sink = method("app.Log", "log", "(Ljava/lang/String;)V", "s").body();
    MethodInfo kernel = method("app.K", "k", "(I)V", "n").body(
        expr(call(sink, binary(BinaryOp.ADD, STRING, str("n="), convert(ConversionKind.NONE, STRING, var("n"))))));
    Finding finding = single(Rule.STRING, check(kernel, sink));
    assertEquals("strings are not supported in kernel code: string concatenation", finding.message());
  }

  @Test
  void callReturningStringIsGB120() {
    MethodInfo name = method("app.K", "name", "()Ljava/lang/String;").body(ret(str("x")));
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(call(name)));
    KernelCheck check = check(kernel, name);
    assertEquals(List.of(Rule.STRING, Rule.STRING), rules(check));
    assertEquals("strings are not supported in kernel code: K.name(...)", check.findings().get(0).message());
    assertEquals(Trees.ref(name), check.findings().get(1).method());
  }

  @Test
  void boxedValuesAreGB121WithTheBoxType() {
    MethodInfo kernel = method("app.K", "k", "([I)V", "x").body(
        declare("boxed", "Ljava/lang/Integer;"),
        expr(assign(index(var("x"), i(0)), convert(ConversionKind.UNBOXING, "I", var("boxed")))));
    KernelCheck check = check(kernel);
    assertEquals(List.of(Rule.OBJECT, Rule.OBJECT), rules(check));
    assertEquals("values of type java.lang.Integer are not supported in kernel code: boxed; kernels use"
        + " primitives and 1-D primitive arrays", check.findings().get(1).message());
  }

  @Test
  void nullIsGB121() {
    MethodInfo sink = method("app.K", "use", "([F)V", "a").body();
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(call(sink, nul("[F"))));
    Finding finding = single(Rule.OBJECT, check(kernel, sink));
    assertEquals("null is not supported in kernel code; kernel values are primitives and 1-D primitive arrays",
        finding.message());
  }

  @Test
  void multiDimensionalArraysAreGB121() {
    MethodInfo rows = method("app.K", "rows", "()[[F").body();
    MethodInfo kernel = method("app.K", "k", "()V").body(
        declare("v", "F", index(index(call(rows), i(0)), i(1))));
    KernelCheck check = check(kernel, rows);
    Finding finding = check.findings().get(0);
    assertEquals(Rule.OBJECT, finding.rule());
    assertEquals("values of type float[][] are not supported in kernel code: K.rows(...); kernels use primitives"
        + " and 1-D primitive arrays", finding.message());
  }

  @Test
  void arrayAllocationIsGB122() {
    MethodInfo kernel = method("app.K", "k", "()V").body(declare("tmp", "[F", newArray("[F", i(16))));
    Finding finding = single(Rule.ARRAY_ALLOCATION, check(kernel));
    assertEquals("array allocation is not supported in kernel code yet: new float[...]; allocate the array on the"
        + " host and pass it as a kernel parameter", finding.message());
  }

  @Test
  void nonConstantStaticFieldIsGB123() {
    MethodInfo kernel = method("app.K", "k", "([F)V", "x").body(
        line(14, expr(assign(index(var("x"), i(0)), staticField("app.Config", "scale", "F")))));
    Finding finding = single(Rule.STATIC_FIELD, check(kernel));
    assertEquals(14, finding.line());
    assertEquals("static field app.Config.scale is not a compile-time constant, so kernel code cannot read or"
        + " write it; make it a static final constant or pass the value as a kernel parameter", finding.message());
  }

  @Test
  void instanceFieldIsGB124AndItsObjectReceiverIsNotReportedAgain() {
    MethodInfo point = method("app.K", "origin", "()Lapp/Point;").body();
    MethodInfo kernel = method("app.K", "k", "()V").body(
        declare("v", "F", field(call(point), "app.Point", "x", "F")));
    KernelCheck check = check(kernel, point);
    assertEquals(List.of(Rule.INSTANCE_FIELD), rules(check));
    assertEquals("instance field app.Point.x is not supported in kernel code; pass the value as a kernel"
        + " parameter", check.findings().get(0).message());
  }

  @Test
  void floatLiteralsAndConstantsPass() {
    MethodInfo kernel = method("app.K", "k", "([F)V", "x").body(expr(assign(index(var("x"), i(0)), f(1.5f))));
    assertClean(check(kernel));
  }
}
