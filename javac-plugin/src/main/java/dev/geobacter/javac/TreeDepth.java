package dev.geobacter.javac;

import dev.geobacter.metadata.proto.Case;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Stmt;

/**
 * The nesting depth of a built tree in Stmt/Expr nodes, Convert nodes included: what a reader's
 * recursion limit sees. The serializer bounds its own recursion too, but conversions it adds on the
 * way back up can push a body over the limit.
 */
final class TreeDepth {
  private TreeDepth() {}

  static int of(Stmt stmt) {
    switch (stmt.getKindCase()) {
      case BLOCK: return 1 + maxOfStmts(stmt.getBlock().getStmtsList());
      case LOCAL_VAR: return 1 + (stmt.getLocalVar().hasInit() ? of(stmt.getLocalVar().getInit()) : 0);
      case EXPR: return 1 + of(stmt.getExpr().getExpr());
      case IF_STMT: return 1 + Math.max(of(stmt.getIfStmt().getCond()), Math.max(of(stmt.getIfStmt().getThenStmt()),
          stmt.getIfStmt().hasElseStmt() ? of(stmt.getIfStmt().getElseStmt()) : 0));
      case WHILE_STMT: return 1 + Math.max(of(stmt.getWhileStmt().getCond()), of(stmt.getWhileStmt().getBody()));
      case DO_WHILE: return 1 + Math.max(of(stmt.getDoWhile().getCond()), of(stmt.getDoWhile().getBody()));
      case FOR_STMT: {
        int depth = Math.max(maxOfStmts(stmt.getForStmt().getInitList()),
            maxOfExprs(stmt.getForStmt().getUpdateList()));
        if (stmt.getForStmt().hasCond()) depth = Math.max(depth, of(stmt.getForStmt().getCond()));
        return 1 + Math.max(depth, of(stmt.getForStmt().getBody()));
      }
      case FOR_EACH: return 1 + Math.max(of(stmt.getForEach().getArray()), of(stmt.getForEach().getBody()));
      case LABELED: return 1 + of(stmt.getLabeled().getBody());
      case RETURN_STMT: return 1 + (stmt.getReturnStmt().hasValue() ? of(stmt.getReturnStmt().getValue()) : 0);
      case SWITCH_STMT: {
        int depth = of(stmt.getSwitchStmt().getSelector());
        for (Case c : stmt.getSwitchStmt().getCasesList()) depth = Math.max(depth, maxOfStmts(c.getBodyList()));
        return 1 + depth;
      }
      case BREAK_STMT: case CONTINUE_STMT: case EMPTY: case UNSUPPORTED: case KIND_NOT_SET:
        return 1;
    }
    throw new AssertionError(stmt.getKindCase());
  }

  static int of(Expr expr) {
    switch (expr.getKindCase()) {
      case FIELD: return 1 + (expr.getField().hasReceiver() ? of(expr.getField().getReceiver()) : 0);
      case ARRAY_ACCESS:
        return 1 + Math.max(of(expr.getArrayAccess().getArray()), of(expr.getArrayAccess().getIndex()));
      case ARRAY_LENGTH: return 1 + of(expr.getArrayLength().getArray());
      case UNARY: return 1 + of(expr.getUnary().getOperand());
      case BINARY: return 1 + Math.max(of(expr.getBinary().getLeft()), of(expr.getBinary().getRight()));
      case CONVERT: return 1 + of(expr.getConvert().getOperand());
      case CONDITIONAL: return 1 + Math.max(of(expr.getConditional().getCond()),
          Math.max(of(expr.getConditional().getThenValue()), of(expr.getConditional().getElseValue())));
      case ASSIGN: return 1 + Math.max(of(expr.getAssign().getTarget()), of(expr.getAssign().getValue()));
      case COMPOUND_ASSIGN: return 1 + Math.max(of(expr.getCompoundAssign().getTarget()),
          of(expr.getCompoundAssign().getValue()));
      case INC_DEC: return 1 + of(expr.getIncDec().getTarget());
      case INVOKE: return 1 + Math.max(expr.getInvoke().hasReceiver() ? of(expr.getInvoke().getReceiver()) : 0,
          maxOfExprs(expr.getInvoke().getArgsList()));
      case NEW_ARRAY: return 1 + Math.max(maxOfExprs(expr.getNewArray().getDimsList()),
          maxOfExprs(expr.getNewArray().getElementsList()));
      case LITERAL: case LOCAL: case UNSUPPORTED: case KIND_NOT_SET:
        return 1;
    }
    throw new AssertionError(expr.getKindCase());
  }

  private static int maxOfStmts(java.util.List<Stmt> stmts) {
    int depth = 0;
    for (Stmt stmt : stmts) depth = Math.max(depth, of(stmt));
    return depth;
  }

  private static int maxOfExprs(java.util.List<Expr> exprs) {
    int depth = 0;
    for (Expr expr : exprs) depth = Math.max(depth, of(expr));
    return depth;
  }
}
