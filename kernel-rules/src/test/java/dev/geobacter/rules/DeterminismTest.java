package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.check;
import static dev.geobacter.rules.Checking.rules;
import static dev.geobacter.rules.Trees.call;
import static dev.geobacter.rules.Trees.declare;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.globalId;
import static dev.geobacter.rules.Trees.i;
import static dev.geobacter.rules.Trees.line;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.staticField;
import static dev.geobacter.rules.Trees.str;
import static dev.geobacter.rules.Trees.unsupportedStmt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static KernelCheck checkManyHelpers() {
    List<MethodInfo> helpers = new ArrayList<>();
    List<Trees.S> calls = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      MethodInfo helper = method("lib.H" + n, "f", "()V").body(
          line(3, unsupportedStmt(UnsupportedKind.THROW, "throw")),
          line(4, declare("s", "F", staticField("lib.Config", "scale" + n, "F"))));
      helpers.add(helper);
      calls.add(expr(call(helper)));
    }
    calls.add(declare("x", "I", globalId(i(7))));
    calls.add(expr(call("java.lang.System", "nanoTime", "()J")));
    calls.add(declare("s", "Ljava/lang/String;", str("x")));
    return check(method("app.K", "k", "()V").body(calls.toArray(Trees.S[]::new)), helpers.toArray(MethodInfo[]::new));
  }

  @Test
  void repeatedChecksGiveEqualFindingsInEqualOrder() {
    KernelCheck first = checkManyHelpers();
    KernelCheck second = checkManyHelpers();
    assertEquals(first.findings(), second.findings());
    assertEquals(first.describeFindings(), second.describeFindings());
    assertEquals(first.reachable(), second.reachable());
  }

  @Test
  void findingsFollowTheWalkMethodByMethodAndTreeOrderWithin() {
    KernelCheck check = checkManyHelpers();
    List<Rule> expected = new ArrayList<>();
    // The kernel's own tree first (its calls to helpers are clean), then the helpers in call order.
    expected.add(Rule.DIMENSION_ARGUMENT);
    expected.add(Rule.MISSING_METHOD);
    expected.add(Rule.STRING);
    for (int n = 0; n < 50; n++) {
      expected.add(Rule.THROW);
      expected.add(Rule.STATIC_FIELD);
    }
    assertEquals(expected, rules(check));
    assertEquals("lib.H0", check.findings().get(3).method().getOwner());
    assertEquals("lib.H49", check.findings().get(check.findings().size() - 1).method().getOwner());
  }
}
