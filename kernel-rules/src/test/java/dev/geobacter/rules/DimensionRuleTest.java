package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.assertClean;
import static dev.geobacter.rules.Checking.check;
import static dev.geobacter.rules.Checking.single;
import static dev.geobacter.rules.Trees.at;
import static dev.geobacter.rules.Trees.call;
import static dev.geobacter.rules.Trees.declare;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.globalId;
import static dev.geobacter.rules.Trees.i;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.var;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.metadata.proto.MethodInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionRuleTest {
  @ParameterizedTest
  @ValueSource(strings = {"globalId", "localId", "groupId", "globalSize", "localSize", "numGroups"})
  void literalDimensionsPass(String intrinsic) {
    MethodInfo kernel = method("app.K", "k", "()V").body(
        declare("a", "I", call(Intrinsics.GPU, intrinsic, "(I)I", i(0))),
        declare("b", "I", call(Intrinsics.GPU, intrinsic, "(I)I", i(1))),
        declare("c", "I", call(Intrinsics.GPU, intrinsic, "(I)I", i(2))),
        expr(call(Intrinsics.GPU, "barrier", "()V")));
    assertClean(check(kernel));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, -1, 100})
  void literalsOutsideZeroToTwoAreGB150(int dimension) {
    MethodInfo kernel = method("app.K", "k", "()V").body(declare("a", "I", globalId(at(21, i(dimension)))));
    Finding finding = single(Rule.DIMENSION_ARGUMENT, check(kernel));
    assertEquals("the dimension argument of Gpu.globalId must be a literal 0, 1 or 2 (or a constant with that"
        + " value), not " + dimension, finding.message());
    assertEquals(21, finding.column());
  }

  @Test
  void computedDimensionIsGB150() {
    MethodInfo kernel = method("app.K", "k", "(I)V", "d").body(
        declare("a", "I", call(Intrinsics.GPU, "localSize", "(I)I", var("d"))));
    Finding finding = single(Rule.DIMENSION_ARGUMENT, check(kernel));
    assertEquals("the dimension argument of Gpu.localSize must be a literal 0, 1 or 2 (or a constant with that"
        + " value), not a value computed at run time", finding.message());
  }

  @Test
  void sameNamedMethodsOfOtherClassesAreNotIntrinsics() {
    MethodInfo own = method("app.Ids", "globalId", "(I)I", "d").body(Trees.ret(var("d")));
    MethodInfo kernel = method("app.K", "k", "(I)V", "d").body(declare("a", "I", call(own, var("d"))));
    assertClean(check(kernel, own));
  }
}
