package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.assertClean;
import static dev.geobacter.rules.Trees.assign;
import static dev.geobacter.rules.Trees.call;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.i;
import static dev.geobacter.rules.Trees.index;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.ref;
import static dev.geobacter.rules.Trees.ret;
import static dev.geobacter.rules.Trees.unsupportedStmt;
import static dev.geobacter.rules.Trees.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The table of kernel-code substitutes, and how the checker adds them to a kernel's graph. */
class MathSubstitutesTest {
  private static final String SIN_DESC = "(D)D";

  @Test
  void everyRowMapsAMathIntrinsicToTheSameSignatureInTheLibrary() {
    assertTrue(MathSubstitutes.all().size() >= 7);
    for (Map.Entry<MethodRef, MethodRef> row : MathSubstitutes.all().entrySet()) {
      MethodRef jdk = row.getKey();
      MethodRef substitute = row.getValue();
      assertTrue(Intrinsics.isIntrinsic(jdk), jdk.toString());
      assertEquals("java.lang.Math", jdk.getOwner());
      assertTrue(substitute.getOwner().startsWith(MathSubstitutes.PACKAGE + "."), substitute.toString());
      assertEquals(jdk.getName(), substitute.getName());
      assertEquals(jdk.getDesc(), substitute.getDesc());
    }
  }

  @Test
  void onlyMathsTranscendentalMethodsHaveSubstitutes() {
    assertEquals(Optional.of(ref("dev.geobacter.math.Trigonometry", "sin", SIN_DESC)),
        MathSubstitutes.of(ref("java.lang.Math", "sin", SIN_DESC)));
    assertEquals(Optional.empty(), MathSubstitutes.of(ref("java.lang.StrictMath", "sin", SIN_DESC)));
    assertEquals(Optional.empty(), MathSubstitutes.of(ref("java.lang.Math", "sqrt", SIN_DESC)));
    assertEquals(Optional.empty(), MathSubstitutes.of(ref("java.lang.Math", "sin", "(F)F")));
  }

  @Test
  void theSubstitutesGraphJoinsTheKernelsWhenTheSourceHasIt() {
    MethodInfo helper = method("dev.geobacter.math.Reduction", "reduce", SIN_DESC, "x").body(ret(var("x")));
    MethodInfo sin = method("dev.geobacter.math.Trigonometry", "sin", SIN_DESC, "x").body(ret(call(helper, var("x"))));
    MethodInfo kernel = method("app.K", "k", "([D)V", "x").body(
        expr(assign(index(var("x"), i(0)), call("java.lang.Math", "sin", SIN_DESC, index(var("x"), i(0))))),
        expr(assign(index(var("x"), i(1)), call("java.lang.Math", "sin", SIN_DESC, index(var("x"), i(1))))));
    KernelCheck check = KernelRules.check(ref(kernel), TestSource.of(kernel, sin, helper));
    assertClean(check);
    assertEquals(List.of(ref(kernel), ref(sin), ref(helper)),
        check.reachable().stream().map(found -> ref(found.method())).toList());
  }

  @Test
  void withoutTheLibraryTheIntrinsicStandsAlone() {
    MethodInfo kernel = method("app.K", "k", "([D)V", "x").body(
        expr(assign(index(var("x"), i(0)), call("java.lang.Math", "sin", SIN_DESC, index(var("x"), i(0))))));
    KernelCheck check = KernelRules.check(ref(kernel), TestSource.of(kernel)
        .with(ref("dev.geobacter.math.Trigonometry", "sin", SIN_DESC), new Resolution.Elsewhere()));
    assertClean(check);
    assertEquals(List.of(ref(kernel)), check.reachable().stream().map(found -> ref(found.method())).toList());
  }

  @Test
  void aSubstituteIsCheckedLikeAnyCalledMethod() {
    MethodInfo sin = method("dev.geobacter.math.Trigonometry", "sin", SIN_DESC, "x")
        .body(unsupportedStmt(UnsupportedKind.THROW, "throw e"));
    MethodInfo kernel = method("app.K", "k", "([D)V", "x").body(
        expr(assign(index(var("x"), i(0)), call("java.lang.Math", "sin", SIN_DESC, index(var("x"), i(0))))));
    KernelCheck check = KernelRules.check(ref(kernel), TestSource.of(kernel, sin));
    assertEquals(List.of(Rule.THROW), Checking.rules(check));
  }
}
