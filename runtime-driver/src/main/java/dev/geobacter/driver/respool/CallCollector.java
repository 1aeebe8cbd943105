package dev.geobacter.driver.respool;

import dev.geobacter.metadata.proto.Case;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.metadata.proto.Stmt;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct methods a method body invokes, in source order. The switches below are exhaustive
 * over the schema's oneofs, so a new node kind fails to compile here until it is handled.
 */
final class CallCollector {
  private final Set<MethodRef> calls = new LinkedHashSet<>();
  private final Deque<Object> pending = new ArrayDeque<>();

  private CallCollector() {}

  static List<MethodRef> callsOf(MethodInfo method) {
    CallCollector collector = new CallCollector();
    collector.pending.push(method.getBody());
    while (!collector.pending.isEmpty()) {
      Object node = collector.pending.pop();
      if (node instanceof Stmt stmt) {
        collector.visit(stmt);
      } else {
        collector.visit((Expr) node);
      }
    }
    return new ArrayList<>(collector.calls);
  }

  // Children are pushed in reverse so that they pop in source order.
  private void push(Object... children) {
    for (int i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }

  private void pushAll(List<?> children) {
    push(children.toArray());
  }

  private void visit(Stmt stmt) {
    List<Object> children = switch (stmt.getKindCase()) {
      case BLOCK -> new ArrayList<>(stmt.getBlock().getStmtsList());
      case LOCAL_VAR -> stmt.getLocalVar().hasInit() ? List.of(stmt.getLocalVar().getInit()) : List.of();
      case EXPR -> List.of(stmt.getExpr().getExpr());
      case IF_STMT -> stmt.getIfStmt().hasElseStmt()
          ? List.of(stmt.getIfStmt().getCond(), stmt.getIfStmt().getThenStmt(), stmt.getIfStmt().getElseStmt())
          : List.of(stmt.getIfStmt().getCond(), stmt.getIfStmt().getThenStmt());
      case WHILE_STMT -> List.of(stmt.getWhileStmt().getCond(), stmt.getWhileStmt().getBody());
      case DO_WHILE -> List.of(stmt.getDoWhile().getBody(), stmt.getDoWhile().getCond());
      case FOR_STMT -> {
        List<Object> parts = new ArrayList<>(stmt.getForStmt().getInitList());
        if (stmt.getForStmt().hasCond()) parts.add(stmt.getForStmt().getCond());
        parts.add(stmt.getForStmt().getBody());
        parts.addAll(stmt.getForStmt().getUpdateList());
        yield parts;
      }
      case FOR_EACH -> List.of(stmt.getForEach().getArray(), stmt.getForEach().getBody());
      case LABELED -> List.of(stmt.getLabeled().getBody());
      case RETURN_STMT -> stmt.getReturnStmt().hasValue() ? List.of(stmt.getReturnStmt().getValue()) : List.of();
      case SWITCH_STMT -> {
        List<Object> parts = new ArrayList<>();
        parts.add(stmt.getSwitchStmt().getSelector());
        for (Case c : stmt.getSwitchStmt().getCasesList()) parts.addAll(c.getBodyList());
        yield parts;
      }
      case BREAK_STMT, CONTINUE_STMT, EMPTY, UNSUPPORTED, KIND_NOT_SET -> List.of();
    };
    pushAll(children);
  }

  private void visit(Expr expr) {
    List<Object> children = switch (expr.getKindCase()) {
      case LITERAL, LOCAL, UNSUPPORTED, KIND_NOT_SET -> List.of();
      case FIELD -> expr.getField().hasReceiver() ? List.of(expr.getField().getReceiver()) : List.of();
      case ARRAY_ACCESS -> List.of(expr.getArrayAccess().getArray(), expr.getArrayAccess().getIndex());
      case ARRAY_LENGTH -> List.of(expr.getArrayLength().getArray());
      case UNARY -> List.of(expr.getUnary().getOperand());
      case BINARY -> List.of(expr.getBinary().getLeft(), expr.getBinary().getRight());
      case CONVERT -> List.of(expr.getConvert().getOperand());
      case CONDITIONAL -> List.of(expr.getConditional().getCond(), expr.getConditional().getThenValue(),
          expr.getConditional().getElseValue());
      case ASSIGN -> List.of(expr.getAssign().getTarget(), expr.getAssign().getValue());
      case COMPOUND_ASSIGN -> List.of(expr.getCompoundAssign().getTarget(), expr.getCompoundAssign().getValue());
      case INC_DEC -> List.of(expr.getIncDec().getTarget());
      case INVOKE -> {
        Invoke invoke = expr.getInvoke();
        calls.add(MethodRef.newBuilder().setOwner(invoke.getOwner()).setName(invoke.getName())
            .setDesc(invoke.getDesc()).build());
        List<Object> parts = new ArrayList<>();
        if (invoke.hasReceiver()) parts.add(invoke.getReceiver());
        parts.addAll(invoke.getArgsList());
        yield parts;
      }
      case NEW_ARRAY -> {
        List<Object> parts = new ArrayList<>(expr.getNewArray().getDimsList());
        parts.addAll(expr.getNewArray().getElementsList());
        yield parts;
      }
    };
    pushAll(children);
  }
}
