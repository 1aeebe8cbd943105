package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.check;
import static dev.geobacter.rules.Checking.rules;
import static dev.geobacter.rules.Checking.single;
import static dev.geobacter.rules.Trees.call;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.line;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.metadata.proto.MethodInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecursionTest {
  @Test
  void selfRecursionIsGB133AtTheCall() {
    MethodInfo fact = method("lib.M", "fact", "()V").at(40).body(line(42, expr(call("lib.M", "fact", "()V"))));
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(call(fact)));
    Finding finding = single(Rule.RECURSION, check(kernel, fact));
    assertEquals(ref(fact), finding.method());
    assertEquals(42, finding.line());
    assertEquals("recursion is not supported in kernel code: this call closes the cycle lib.M.fact -> lib.M.fact;"
        + " rewrite it as a loop", finding.message());
  }

  @Test
  void mutualRecursionIsReportedOnceWhereTheCycleCloses() {
    MethodInfo even = method("lib.M", "even", "()V").body(expr(call("lib.M", "odd", "()V")));
    MethodInfo odd = method("lib.M", "odd", "()V").at(50).body(line(51, expr(call("lib.M", "even", "()V"))));
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(call(even)), expr(call(odd)));
    KernelCheck check = check(kernel, even, odd);
    Finding finding = single(Rule.RECURSION, check);
    assertEquals(ref(odd), finding.method());
    assertEquals(51, finding.line());
    assertEquals(List.of(ref(kernel), ref(even), ref(odd)), finding.chain());
    assertEquals("recursion is not supported in kernel code: this call closes the cycle lib.M.even -> lib.M.odd"
        + " -> lib.M.even; rewrite it as a loop", finding.message());
  }

  @Test
  void diamondsAreNotRecursion() {
    MethodInfo shared = method("lib.M", "shared", "()V").body();
    MethodInfo left = method("lib.M", "left", "()V").body(expr(call(shared)));
    MethodInfo right = method("lib.M", "right", "()V").body(expr(call(shared)), expr(call(left)));
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(call(left)), expr(call(right)), expr(call(shared)));
    KernelCheck check = check(kernel, shared, left, right);
    assertEquals(List.of(), rules(check));
    assertEquals(4, check.reachable().size());
  }

  @Test
  void longCallChainsDoNotOverflowTheStack() {
    int depth = 20_000;
    List<MethodInfo> chain = new ArrayList<>();
    for (int i = depth; i > 0; i--) {
      MethodInfo next = chain.isEmpty() ? null : chain.get(chain.size() - 1);
      chain.add(next == null
          ? method("lib.Chain", "m" + i, "()V").body(expr(call("lib.Chain", "m1", "()V")))
          : method("lib.Chain", "m" + i, "()V").body(expr(call(next))));
    }
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(call(chain.get(chain.size() - 1))));
    KernelCheck check = check(kernel, chain.toArray(MethodInfo[]::new));
    Finding finding = single(Rule.RECURSION, check);
    assertEquals(depth + 1, check.reachable().size());
    assertEquals(depth + 1, finding.chain().size());
  }
}
