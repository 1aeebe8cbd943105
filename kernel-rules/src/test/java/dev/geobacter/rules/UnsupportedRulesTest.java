package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.assertClean;
import static dev.geobacter.rules.Checking.check;
import static dev.geobacter.rules.Checking.single;
import static dev.geobacter.rules.Trees.declare;
import static dev.geobacter.rules.Trees.line;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.unsupported;
import static dev.geobacter.rules.Trees.unsupportedStmt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnsupportedRulesTest {
  @ParameterizedTest
  @EnumSource(value = UnsupportedKind.class, names = {"UNSUPPORTED_KIND_UNSPECIFIED", "UNRECOGNIZED"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyUnsupportedStatementIsReportedWithItsDetail(UnsupportedKind kind) {
    MethodInfo kernel = method("app.K", "k", "()V").at(20).body(line(23, unsupportedStmt(kind, "the code")));
    Finding finding = single(UnsupportedMessages.ruleFor(kind), check(kernel));
    assertEquals(23, finding.line());
    assertTrue(finding.message().contains(": the code"), finding.message());
  }

  @ParameterizedTest
  @EnumSource(value = UnsupportedKind.class, names = {"UNSUPPORTED_KIND_UNSPECIFIED", "UNRECOGNIZED"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyUnsupportedExpressionIsReported(UnsupportedKind kind) {
    MethodInfo kernel = method("app.K", "k", "()V").body(declare("v", "I", unsupported(kind, "")));
    Finding finding = single(UnsupportedMessages.ruleFor(kind), check(kernel));
    assertEquals(UnsupportedMessages.message(kind, ""), finding.message());
    assertFalse(finding.message().contains(": ;") || finding.message().endsWith(": "), finding.message());
  }

  @Test
  void eachKindHasItsOwnRule() {
    Set<Rule> seen = EnumSet.noneOf(Rule.class);
    for (UnsupportedKind kind : UnsupportedKind.values()) {
      Rule rule = UnsupportedMessages.ruleFor(kind);
      if (rule != null) assertTrue(seen.add(rule), kind + " shares " + rule);
    }
    assertEquals(UnsupportedKind.values().length - 2, seen.size());
  }

  @Test
  void objectAllocationMessageNamesTheCode() {
    MethodInfo kernel = method("app.K", "k", "()V").body(unsupportedStmt(UnsupportedKind.OBJECT_ALLOCATION,
        "new Point(...)"));
    Finding finding = single(Rule.OBJECT_ALLOCATION, check(kernel));
    assertEquals("GB101", finding.rule().id());
    assertTrue(finding.message().startsWith("object allocation is not supported in kernel code: new Point(...)"),
        finding.message());
  }

  @Test
  void aKernelWithoutUnsupportedNodesPasses() {
    assertClean(check(method("app.K", "k", "()V").body(declare("v", "I", Trees.i(1)))));
  }
}
