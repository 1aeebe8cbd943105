package dev.geobacter.rules;

import static dev.geobacter.rules.Trees.call;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.ref;
import static dev.geobacter.rules.Trees.unsupportedStmt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctFindingsTest {
  @Test
  void aHelperSharedByTwoKernelsIsReportedOnce() {
    MethodInfo helper = method("lib.H", "f", "()V").body(unsupportedStmt(UnsupportedKind.TRY, "try"));
    MethodInfo first = method("app.K", "first", "()V").body(expr(call(helper)),
        unsupportedStmt(UnsupportedKind.THROW, "throw"));
    MethodInfo second = method("app.K", "second", "()V").body(expr(call(helper)));
    TestSource source = TestSource.of(helper, first, second);
    KernelCheck a = KernelRules.check(ref(first), source);
    KernelCheck b = KernelRules.check(ref(second), source);
    assertEquals(2, a.findings().size());
    assertEquals(1, b.findings().size());

    List<Finding> distinct = KernelRules.distinctFindings(List.of(a, b));
    assertEquals(List.of(Rule.THROW, Rule.TRY), distinct.stream().map(Finding::rule).toList());
    assertEquals(List.of(ref(first), ref(helper)), distinct.get(1).chain(), "the first kernel's chain is kept");
  }
}
