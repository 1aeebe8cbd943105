package dev.geobacter.rules;

import static dev.geobacter.rules.Checking.check;
import static dev.geobacter.rules.Checking.rules;
import static dev.geobacter.rules.Checking.single;
import static dev.geobacter.rules.Trees.binary;
import static dev.geobacter.rules.Trees.declare;
import static dev.geobacter.rules.Trees.expr;
import static dev.geobacter.rules.Trees.i;
import static dev.geobacter.rules.Trees.method;
import static dev.geobacter.rules.Trees.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.Local;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Damaged or foreign trees give GB190 findings naming what is wrong, never exceptions. */
class MalformedTreeTest {
  @Test
  void statementWithoutKind() {
    MethodInfo kernel = method("app.K", "k", "()V").body(Trees.raw(Stmt.newBuilder().setLine(12).build()));
    Finding finding = single(Rule.MALFORMED_TREE, check(kernel));
    assertEquals("the typed tree of app.K.k() is malformed (a statement without a kind); rebuild K.java with the"
        + " Geobacter javac plugin that matches this runtime", finding.message());
  }

  @Test
  void expressionWithTypeIndexOutOfRange() {
    Expr broken = Expr.newBuilder().setType(99).setLocal(Local.newBuilder().setSlot(0)).build();
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(raw(broken)));
    Finding finding = single(Rule.MALFORMED_TREE, check(kernel));
    assertTrue(finding.message().contains("type index 99 is not a type"), finding.message());
  }

  @Test
  void typeTableEntryThatIsNotADescriptor() {
    MethodInfo good = method("app.K", "k", "()V").body(declare("v", "I", i(1)));
    MethodInfo broken = good.toBuilder().setTypes(good.getTypesList().indexOf("I"), "int").build();
    KernelCheck check = check(broken);
    assertEquals(List.of(Rule.MALFORMED_TREE, Rule.MALFORMED_TREE), rules(check), check::describeFindings);
  }

  @Test
  void unspecifiedOperatorAndMissingOperand() {
    MethodInfo kernel = method("app.K", "k", "()V").body(
        declare("v", "I", binary(BinaryOp.BINARY_OP_UNSPECIFIED, i(1), raw(Expr.getDefaultInstance()))));
    assertEquals(List.of(Rule.MALFORMED_TREE, Rule.MALFORMED_TREE), rules(check(kernel)));
  }

  @Test
  void callWithUnknownKindOrBadDescriptor() {
    Expr unknownKind = Expr.newBuilder().setInvoke(Invoke.newBuilder().setOwner("a.B").setName("f").setDesc("()V"))
        .build();
    Expr badDesc = Expr.newBuilder().setInvoke(Invoke.newBuilder().setKind(dev.geobacter.metadata.proto.InvokeKind.STATIC)
        .setOwner("a.B").setName("f").setDesc("(Q)V")).build();
    MethodInfo kernel = method("app.K", "k", "()V").body(expr(c -> unknownKind.toBuilder().setType(c.type("V"))
        .build()), expr(c -> badDesc.toBuilder().setType(c.type("V")).build()));
    assertEquals(List.of(Rule.MALFORMED_TREE, Rule.MALFORMED_TREE), rules(check(kernel)));
  }

  @Test
  void unsupportedNodeOfUnknownKind() {
    MethodInfo kernel = method("app.K", "k", "()V").body(
        Trees.unsupportedStmt(UnsupportedKind.UNSUPPORTED_KIND_UNSPECIFIED, "?"));
    single(Rule.MALFORMED_TREE, check(kernel));
  }

  @Test
  void methodWithoutBody() {
    MethodInfo kernel = method("app.K", "k", "()V").body().toBuilder().clearBody().build();
    single(Rule.MALFORMED_TREE, check(kernel));
  }

  @Test
  void treesDeeperThanTheLimitGiveOneTooDeepFindingNotAStackOverflow() {
    Trees.E deep = i(1);
    for (int level = 0; level < 1_000; level++) deep = binary(BinaryOp.ADD, deep, i(1));
    MethodInfo kernel = method("app.K", "k", "()V").body(declare("v", "I", deep));
    Finding finding = single(Rule.TOO_DEEP, check(kernel));
    assertTrue(finding.message().contains("split it into smaller methods"), finding.message());
  }

  @Test
  void treesAtTheWritersLimitPass() {
    Trees.E deep = i(1);
    for (int level = 0; level < dev.geobacter.metadata.SidecarFormat.MAX_TREE_DEPTH; level++) {
      deep = binary(BinaryOp.ADD, deep, i(1));
    }
    MethodInfo kernel = method("app.K", "k", "()V").body(declare("v", "I", deep));
    Checking.assertClean(check(kernel));
  }
}
