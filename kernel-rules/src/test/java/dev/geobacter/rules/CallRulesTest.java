package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.assertClean;
import static dev.geobacter.rules.Checking.check;
import static dev.geobacter.rules.Checking.single;
import static dev.geobacter.rules.Trees.assign;
import static dev.geobacter.rules.Trees.call;
import static dev.geobacter.rules.Trees.declare;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.f;
import static dev.geobacter.rules.Trees.i;
import static dev.geobacter.rules.Trees.index;
import static dev.geobacter.rules.Trees.invoke;
import static dev.geobacter.rules.Trees.line;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.ref;
import static dev.geobacter.rules.Trees.ret;
import static dev.geobacter.rules.Trees.unsupportedStmt;
import static dev.geobacter.rules.Trees.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.InvokeKind;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class CallRulesTest {
  @Test
  void staticCallsAreFollowedEntryFirstThenDepthFirstInTreeOrder() {
    MethodInfo leaf = method("lib.H", "leaf", "(F)F", "v").body(ret(var("v")));
    MethodInfo first = method("lib.H", "first", "(F)F", "v").body(ret(call(leaf, var("v"))));
    MethodInfo second = method("lib.H", "second", "(F)F", "v").body(ret(call(first, call(leaf, var("v")))));
    MethodInfo kernel = method("app.K", "k", "([F)V", "x").body(
        expr(assign(index(var("x"), i(0)), call(first, f(1f)))),
        line(30, expr(assign(index(var("x"), i(1)), call(second, f(2f))))));
    KernelCheck check = check(kernel, leaf, first, second);
    assertClean(check);
    assertEquals(List.of(ref(kernel), ref(first), ref(leaf), ref(second)),
        check.reachable().stream().map(found -> ref(found.method())).toList());
    assertEquals(List.of(
            new CallEdge(ref(kernel), ref(first), 11, Trees.EXPR_COLUMN),
            new CallEdge(ref(kernel), ref(second), 30, Trees.EXPR_COLUMN),
            new CallEdge(ref(first), ref(leaf), 11, Trees.EXPR_COLUMN),
            new CallEdge(ref(second), ref(first), 11, Trees.EXPR_COLUMN),
            new CallEdge(ref(second), ref(leaf), 11, Trees.EXPR_COLUMN)),
        check.calls());
  }

  @Test
  void eachMethodIsCheckedOnceWithTheFirstChainThatReachesIt() {
    MethodInfo bad = method("lib.H", "bad", "()V").body(unsupportedStmt(UnsupportedKind.THROW, "throw e"));
    MethodInfo viaA = method("lib.H", "a", "()V").body(expr(call(bad)));
    MethodInfo viaB = method("lib.H", "b", "()V").body(expr(call(bad)));
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(call(viaB)), expr(call(viaA)), expr(call(bad)));
    TestSource source = TestSource.of(bad, viaA, viaB, kernel);
    KernelCheck check = KernelRules.check(ref(kernel), source);
    Finding finding = single(Rule.THROW, check);
    assertEquals(List.of(ref(kernel), ref(viaB), ref(bad)), finding.chain());
    assertEquals(List.of(ref(kernel), ref(viaB), ref(viaA), ref(bad)), source.asked, "each method asked once");
  }

  @ParameterizedTest
  @EnumSource(value = InvokeKind.class, names = {"VIRTUAL", "INTERFACE", "SPECIAL"})
  void nonStaticCallsAreGB130AndNotFollowed(InvokeKind kind) {
    MethodInfo kernel = method("app.K", "k", "()V").body(
        expr(invoke(kind, Trees.nul("Lapp/Shape;"), "app.Shape", "area", "()F")));
    TestSource source = TestSource.of(kernel);
    KernelCheck check = KernelRules.check(ref(kernel), source);
    Finding finding = single(Rule.DYNAMIC_CALL, check);
    assertTrue(finding.message().startsWith("the call to app.Shape.area() cannot be resolved statically: it calls"),
        finding.message());
    assertEquals(List.of(ref(kernel)), source.asked);
  }

  @Test
  void callToAMethodWithoutBodyIsGB131() {
    MethodRef nativeSin = ref("lib.Fast", "sin", "(F)F");
    MethodInfo kernel = method("app.K", "k", "()V").body(declare("v", "F", call("lib.Fast", "sin", "(F)F", f(1f))));
    TestSource source = TestSource.of(kernel).with(nativeSin, new Resolution.NoBody("native method"));
    Finding finding = single(Rule.CALL_WITHOUT_BODY, KernelRules.check(ref(kernel), source));
    assertEquals("lib.Fast.sin(float) has no body (native method); kernel code may call static methods with a"
        + " body and the intrinsics listed in CODING.md", finding.message());
  }

  @Test
  void missingMethodIsGB132WithTheSourcesDetail() {
    MethodRef valueOf = ref("java.lang.String", "valueOf", "(I)Ljava/lang/String;");
    String detail = "java.lang.String.valueOf(I) is a JDK method kernels cannot call; kernels may call the Math"
        + " methods listed in CODING.md";
    MethodInfo kernel = method("app.K", "k", "(I)V", "n").body(
        expr(call("java.lang.String", "valueOf", "(I)Ljava/lang/String;", var("n"))));
    TestSource source = TestSource.of(kernel).with(valueOf, new Resolution.Missing(detail));
    Finding finding = single(Rule.MISSING_METHOD, KernelRules.check(ref(kernel), source));
    assertEquals(detail, finding.message());
  }

  @Test
  void strictMathTranscendentalIsGB132SuggestingTheMathFormWithoutAskingTheSource() {
    MethodInfo kernel = method("app.K", "k", "([D)V", "x").body(
        line(7, expr(assign(index(var("x"), i(0)), call("java.lang.StrictMath", "pow", "(DD)D",
            index(var("x"), i(1)), index(var("x"), i(2)))))));
    TestSource source = TestSource.of(kernel);
    Finding finding = single(Rule.MISSING_METHOD, KernelRules.check(ref(kernel), source));
    assertEquals("java.lang.StrictMath.pow(double, double) must return fdlibm's exact result, which kernel code"
        + " cannot reproduce on devices; call java.lang.Math.pow(double, double) instead (within the error bound"
        + " its documentation states)", finding.message());
    assertEquals(7, finding.line());
    assertEquals(List.of(ref(kernel)), source.asked, "the refusal comes from the rules, not the method source");
  }

  @Test
  void exactStrictMathMethodsStayIntrinsics() {
    MethodInfo kernel = method("app.K", "k", "([D)V", "x").body(
        expr(assign(index(var("x"), i(0)), call("java.lang.StrictMath", "sqrt", "(D)D", index(var("x"), i(1))))),
        expr(assign(index(var("x"), i(0)), call("java.lang.StrictMath", "toRadians", "(D)D",
            index(var("x"), i(1))))),
        expr(assign(index(var("x"), i(0)), call("java.lang.Math", "pow", "(DD)D", index(var("x"), i(1)),
            index(var("x"), i(2))))));
    assertClean(KernelRules.check(ref(kernel), TestSource.of(kernel)));
  }

  @Test
  void elsewhereIsNeitherAnErrorNorFollowed() {
    MethodRef library = ref("lib.H", "f", "(F)F");
    MethodInfo kernel = method("app.K", "k", "()V").body(declare("v", "F", call("lib.H", "f", "(F)F", f(1f))));
    TestSource source = TestSource.of(kernel).with(library, new Resolution.Elsewhere());
    KernelCheck check = KernelRules.check(ref(kernel), source);
    assertClean(check);
    assertEquals(List.of(ref(kernel)), check.reachable().stream().map(found -> ref(found.method())).toList());
    assertEquals(List.of(), check.calls());
  }

  @Test
  void intrinsicsAreRecognisedWithoutAskingTheSource() {
    MethodInfo kernel = method("app.K", "k", "([F)V", "x").body(
        declare("i", "I", Trees.globalId(i(0))),
        declare("root", "D", call("java.lang.Math", "sqrt", "(D)D", Trees.convert(
            ConversionKind.WIDENING_PRIMITIVE, "D", index(var("x"), var("i"))))),
        declare("bits", "I", call("java.lang.Float", "floatToRawIntBits", "(F)I", f(2f))),
        expr(call(Intrinsics.GPU, "barrier", "()V")));
    TestSource source = TestSource.of(kernel);
    KernelCheck check = KernelRules.check(ref(kernel), source);
    assertClean(check);
    assertEquals(List.of(ref(kernel)), source.asked);
  }

  @Test
  void entryWithoutBodyOrMissingIsReportedAtTheEntry() {
    MethodRef entry = ref("app.K", "k", "()V");
    KernelCheck noBody = KernelRules.check(entry, new TestSource().with(entry, new Resolution.NoBody("abstract")));
    assertEquals(Rule.CALL_WITHOUT_BODY, single(Rule.CALL_WITHOUT_BODY, noBody).rule());
    assertEquals(List.of(), noBody.reachable());
    KernelCheck missing = KernelRules.check(entry, new TestSource());
    assertEquals("no sidecar holds app.K.k()V in this test", single(Rule.MISSING_METHOD, missing).message());
    KernelCheck elsewhere = KernelRules.check(entry, new TestSource().with(entry, new Resolution.Elsewhere()));
    assertClean(elsewhere);
    assertEquals(List.of(), elsewhere.reachable());
  }

  @Test
  void findingsInCalleesCarryTheCallChain() {
    MethodInfo helper = method("lib.Helpers", "f", "()V").at(11).body(
        unsupportedStmt(UnsupportedKind.OBJECT_ALLOCATION, "new Point(...)"));
    MethodInfo kernel = method("app.K", "kernel", "()V").body(expr(call(helper)));
    Finding finding = single(Rule.OBJECT_ALLOCATION, check(kernel, helper));
    assertEquals(List.of(ref(kernel), ref(helper)), finding.chain());
    assertEquals(ref(helper), finding.method());
    assertEquals("Helpers.java", finding.sourceFile());
    assertEquals(12, finding.line());
  }
}
