package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.assertClean;
import static dev.geobacter.rules.Checking.check;
import static dev.geobacter.rules.Checking.rules;
import static dev.geobacter.rules.Checking.single;
import static dev.geobacter.rules.Trees.assign;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.f;
import static dev.geobacter.rules.Trees.i;
import static dev.geobacter.rules.Trees.index;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.ret;
import static dev.geobacter.rules.Trees.var;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.metadata.proto.MethodInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryRulesTest {
  @Test
  void staticVoidKernelOverPrimitivesAndPrimitiveArraysPasses() {
    MethodInfo kernel = method("app.K", "k", "(IJFDZBCS[F[I[D[J[Z[B[C[S)V").body(
        expr(assign(index(var("p8"), i(0)), var("p2"))));
    assertClean(check(kernel));
  }

  @Test
  void instanceKernelIsGB140() {
    MethodInfo kernel = method("app.K", "k", "([F)V", "x").instance().at(7).body();
    Finding finding = single(Rule.KERNEL_NOT_STATIC, check(kernel));
    assertEquals("kernel app.K.k is an instance method; kernels are static methods: declare it static and pass"
        + " what it needs as parameters", finding.message());
    assertEquals(7, finding.line());
  }

  @Test
  void kernelReturningAValueIsGB141() {
    MethodInfo kernel = method("app.K", "k", "(F)F", "a").body(ret(var("a")));
    Finding finding = single(Rule.KERNEL_RETURNS_VALUE, check(kernel));
    assertEquals("kernel app.K.k returns float; kernels return void and write their results into array"
        + " parameters", finding.message());
  }

  @Test
  void objectParametersAreGB142WithTheirJavaTypes() {
    MethodInfo kernel = method("app.K", "k", "(Ljava/lang/String;[[FLjava/lang/Integer;F)V", "p", "grid", "boxed", "a")
        .body();
    KernelCheck check = check(kernel);
    assertEquals(List.of(Rule.KERNEL_PARAMETER, Rule.KERNEL_PARAMETER, Rule.KERNEL_PARAMETER), rules(check));
    assertEquals("parameter 'p' of kernel app.K.k has type java.lang.String; kernels take primitives and 1-D"
        + " primitive arrays", check.findings().get(0).message());
    assertEquals("parameter 'grid' of kernel app.K.k has type float[][]; kernels take primitives and 1-D"
        + " primitive arrays", check.findings().get(1).message());
    assertEquals("parameter 'boxed' of kernel app.K.k has type java.lang.Integer; kernels take primitives and"
        + " 1-D primitive arrays", check.findings().get(2).message());
  }

  @Test
  void signatureRulesApplyToTheEntryOnly() {
    MethodInfo helper = method("app.K", "scale", "(F)F", "v").body(ret(var("v")));
    MethodInfo kernel = method("app.K", "k", "([F)V", "x").body(
        expr(assign(index(var("x"), i(0)), Trees.call(helper, f(2f)))));
    assertClean(check(kernel, helper));
  }
}
