package dev.geobacter.rules;

import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.ForEachArray;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.Literal;
import dev.geobacter.metadata.proto.LocalVar;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.Unsupported;
import dev.geobacter.metadata.proto.UnsupportedKind;

/**
 * Walks one method's typed tree in tree order (pre-order, children in evaluation order), checking
 * each node once and handing every call to {@link CallSites}. Reports GB190 where the tree breaks
 * the schema's invariants, so damaged or foreign sidecars give findings rather than exceptions.
 *
 * <p>At most one value finding is reported per node, and none inside a node that already has one:
 * {@code "a" + i} is one string finding, not three.
 */
final class MethodBodyWalker {
  /** Checks made at call sites; returns whether it reported a finding at {@code call}. */
  @FunctionalInterface
  interface CallSites {
    boolean visit(Expr call, Invoke invoke);
  }

  /**
   * Recursion bound. Writers keep trees within {@link SidecarFormat#MAX_TREE_DEPTH}; the slack
   * absorbs differences in how depth is counted, the bound keeps a hostile tree from overflowing.
   */
  static final int MAX_DEPTH = 2 * SidecarFormat.MAX_TREE_DEPTH;

  private final MethodScope scope;
  private final CallSites calls;
  private boolean tooDeepReported;

  MethodBodyWalker(MethodScope scope, CallSites calls) {
    this.scope = scope;
    this.calls = calls;
  }

  void walk() {
    if (!scope.method().hasBody()) {
      scope.reportMalformed("no body", (int) scope.method().getLine(), (int) scope.method().getColumn());
      return;
    }
    stmt(scope.method().getBody(), 0);
  }

  private void stmt(Stmt s, int depth) {
    if (tooDeep(depth, s.getLine(), s.getColumn())) return;
    int next = depth + 1;
    switch (s.getKindCase()) {
      case BLOCK -> s.getBlock().getStmtsList().forEach(child -> stmt(child, next));
      case LOCAL_VAR -> localVar(s, s.getLocalVar(), next);
      case EXPR -> expr(s.getExpr().getExpr(), next, false);
      case IF_STMT -> {
        expr(s.getIfStmt().getCond(), next, false);
        stmt(s.getIfStmt().getThenStmt(), next);
        if (s.getIfStmt().hasElseStmt()) stmt(s.getIfStmt().getElseStmt(), next);
      }
      case WHILE_STMT -> {
        expr(s.getWhileStmt().getCond(), next, false);
        stmt(s.getWhileStmt().getBody(), next);
      }
      case DO_WHILE -> {
        stmt(s.getDoWhile().getBody(), next);
        expr(s.getDoWhile().getCond(), next, false);
      }
      case FOR_STMT -> {
        s.getForStmt().getInitList().forEach(init -> stmt(init, next));
        if (s.getForStmt().hasCond()) expr(s.getForStmt().getCond(), next, false);
        stmt(s.getForStmt().getBody(), next);
        s.getForStmt().getUpdateList().forEach(update -> expr(update, next, false));
      }
      case FOR_EACH -> forEach(s, s.getForEach(), next);
      case LABELED -> stmt(s.getLabeled().getBody(), next);
      case BREAK_STMT, CONTINUE_STMT, EMPTY -> { }
      case RETURN_STMT -> {
        if (s.getReturnStmt().hasValue()) expr(s.getReturnStmt().getValue(), next, false);
      }
      case SWITCH_STMT -> {
        expr(s.getSwitchStmt().getSelector(), next, false);
        s.getSwitchStmt().getCasesList().forEach(c -> c.getBodyList().forEach(child -> stmt(child, next)));
      }
      case UNSUPPORTED -> unsupported(s.getUnsupported(), s.getLine(), s.getColumn());
      case KIND_NOT_SET -> scope.reportMalformed("a statement without a kind", s.getLine(), s.getColumn());
    }
  }

  private void localVar(Stmt s, LocalVar local, int depth) {
    scope.declareLocal(local.getSlot(), local.getName());
    boolean reported = declaredType(local.getType(), local.getName(), s);
    if (local.hasInit()) expr(local.getInit(), depth, reported);
  }

  private void forEach(Stmt s, ForEachArray loop, int depth) {
    scope.declareLocal(loop.getSlot(), loop.getName());
    declaredType(loop.getVarType(), loop.getName(), s);
    expr(loop.getArray(), depth, false);
    stmt(loop.getBody(), depth);
  }

  private boolean declaredType(int typeIndex, String name, Stmt s) {
    String desc = scope.typeAt(typeIndex);
    if (desc == null || "V".equals(desc)) {
      scope.reportMalformed("local '" + name + "' has no valid type", s.getLine(), s.getColumn());
      return true;
    }
    return ValueRules.checkDeclared(desc, name, scope, s.getLine(), s.getColumn());
  }

  /** {@code typesReported}: an enclosing node already has a value finding, so types are not reported again. */
  private void expr(Expr e, int depth, boolean typesReported) {
    if (tooDeep(depth, e.getLine(), e.getColumn())) return;
    switch (e.getKindCase()) {
      case UNSUPPORTED -> {
        unsupported(e.getUnsupported(), e.getLine(), e.getColumn());
        return;
      }
      case KIND_NOT_SET -> {
        scope.reportMalformed("an expression without a kind", e.getLine(), e.getColumn());
        return;
      }
      default -> { }
    }
    boolean reported = typesReported;
    if (scope.typeAt(e.getType()) == null) {
      scope.reportMalformed("type index " + e.getType() + " is not a type", e.getLine(), e.getColumn());
      reported = true;
    }
    boolean here = ValueRules.checkKind(e, scope);
    if (e.getKindCase() == Expr.KindCase.INVOKE) here |= calls.visit(e, e.getInvoke());
    if (!here && !reported) here = ValueRules.checkType(e, scope);
    children(e, depth + 1, reported || here);
  }

  private void children(Expr e, int next, boolean typesReported) {
    switch (e.getKindCase()) {
      case LITERAL -> {
        if (e.getLiteral().getValueCase() == Literal.ValueCase.VALUE_NOT_SET) {
          scope.reportMalformed("a literal without a value", e.getLine(), e.getColumn());
        }
      }
      case LOCAL, UNSUPPORTED, KIND_NOT_SET -> { }
      case FIELD -> {
        if (e.getField().hasReceiver()) expr(e.getField().getReceiver(), next, typesReported);
      }
      case ARRAY_ACCESS -> {
        expr(e.getArrayAccess().getArray(), next, typesReported);
        expr(e.getArrayAccess().getIndex(), next, typesReported);
      }
      case ARRAY_LENGTH -> expr(e.getArrayLength().getArray(), next, typesReported);
      case UNARY -> {
        if (!Operators.isKnown(e.getUnary().getOp())) malformedOperator(e);
        expr(e.getUnary().getOperand(), next, typesReported);
      }
      case BINARY -> {
        if (!Operators.isKnown(e.getBinary().getOp())) malformedOperator(e);
        expr(e.getBinary().getLeft(), next, typesReported);
        expr(e.getBinary().getRight(), next, typesReported);
      }
      case CONVERT -> expr(e.getConvert().getOperand(), next, typesReported);
      case CONDITIONAL -> {
        expr(e.getConditional().getCond(), next, typesReported);
        expr(e.getConditional().getThenValue(), next, typesReported);
        expr(e.getConditional().getElseValue(), next, typesReported);
      }
      case ASSIGN -> {
        expr(e.getAssign().getTarget(), next, typesReported);
        expr(e.getAssign().getValue(), next, typesReported);
      }
      case COMPOUND_ASSIGN -> {
        if (!Operators.isKnown(e.getCompoundAssign().getOp())) malformedOperator(e);
        operationType(e, e.getCompoundAssign().getOperationType());
        expr(e.getCompoundAssign().getTarget(), next, typesReported);
        expr(e.getCompoundAssign().getValue(), next, typesReported);
      }
      case INC_DEC -> {
        operationType(e, e.getIncDec().getOperationType());
        expr(e.getIncDec().getTarget(), next, typesReported);
      }
      case INVOKE -> {
        if (e.getInvoke().hasReceiver()) expr(e.getInvoke().getReceiver(), next, typesReported);
        e.getInvoke().getArgsList().forEach(arg -> expr(arg, next, typesReported));
      }
      case NEW_ARRAY -> {
        e.getNewArray().getDimsList().forEach(dim -> expr(dim, next, typesReported));
        e.getNewArray().getElementsList().forEach(element -> expr(element, next, typesReported));
      }
    }
  }

  private void operationType(Expr e, int typeIndex) {
    String desc = scope.typeAt(typeIndex);
    if (desc == null || !Descriptors.isPrimitive(desc)) {
      scope.reportMalformed("operation type index " + typeIndex + " is not a primitive type", e.getLine(),
          e.getColumn());
    }
  }

  private void malformedOperator(Expr e) {
    scope.reportMalformed("an operator without a kind", e.getLine(), e.getColumn());
  }

  private void unsupported(Unsupported node, int line, int column) {
    if (node.getKind() == UnsupportedKind.TOO_DEEP) tooDeepReported = true;
    if (!UnsupportedMessages.report(node, scope, line, column)) {
      scope.reportMalformed("an unsupported construct of unknown kind", line, column);
    }
  }

  private boolean tooDeep(int depth, int line, int column) {
    if (depth <= MAX_DEPTH) return false;
    if (!tooDeepReported) {
      tooDeepReported = true;
      scope.report(Rule.TOO_DEEP, UnsupportedMessages.message(UnsupportedKind.TOO_DEEP, ""), line, column);
    }
    return true;
  }
}
