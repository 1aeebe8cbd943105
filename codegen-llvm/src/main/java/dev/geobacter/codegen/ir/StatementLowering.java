package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.JavaType;
import dev.geobacter.metadata.proto.Break;
import dev.geobacter.metadata.proto.Continue;
import dev.geobacter.metadata.proto.If;
import dev.geobacter.metadata.proto.Labeled;
import dev.geobacter.metadata.proto.LocalVar;
import dev.geobacter.metadata.proto.Return;
import dev.geobacter.metadata.proto.Stmt;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Lowers statements; loops and switches have their own classes. */
final class StatementLowering {
  private final FunctionScope scope;
  private final ExpressionLowering expressions;
  private final LoopLowering loops;
  private final SwitchLowering switches;

  StatementLowering(FunctionScope scope) {
    this.scope = scope;
    this.expressions = new ExpressionLowering(scope);
    this.loops = new LoopLowering(scope, this, expressions);
    this.switches = new SwitchLowering(scope, this, expressions);
  }

  void lower(Stmt stmt) {
    lower(stmt, "");
  }

  /** Lowers {@code stmt}; {@code label} is the label written on it, empty if none. */
  void lower(Stmt stmt, String label) {
    switch (stmt.getKindCase()) {
      case BLOCK -> stmt.getBlock().getStmtsList().forEach(this::lower);
      case LOCAL_VAR -> lowerLocal(stmt.getLocalVar());
      case EXPR -> expressions.lower(stmt.getExpr().getExpr());
      case IF_STMT -> lowerIf(stmt.getIfStmt());
      case WHILE_STMT -> loops.lowerWhile(stmt.getWhileStmt(), label);
      case DO_WHILE -> loops.lowerDoWhile(stmt.getDoWhile(), label);
      case FOR_STMT -> loops.lowerFor(stmt.getForStmt(), label);
      case FOR_EACH -> loops.lowerForEach(stmt.getForEach(), label);
      case LABELED -> lowerLabeled(stmt.getLabeled());
      case BREAK_STMT -> lowerBreak(stmt, stmt.getBreakStmt());
      case CONTINUE_STMT -> lowerContinue(stmt, stmt.getContinueStmt());
      case RETURN_STMT -> lowerReturn(stmt.getReturnStmt());
      case SWITCH_STMT -> switches.lower(stmt.getSwitchStmt(), label);
      case EMPTY -> { }
      case UNSUPPORTED -> throw new CodegenException(scope.position(stmt.getLine(), stmt.getColumn()),
          "'" + stmt.getUnsupported().getDetail() + "' (" + stmt.getUnsupported().getKind()
              + ") cannot be compiled for a device; move it out of the kernel");
      case KIND_NOT_SET -> throw new IllegalStateException("statement without a kind at "
          + scope.position(stmt.getLine(), stmt.getColumn()) + ": corrupt sidecar");
    }
  }

  private void lowerLocal(LocalVar local) {
    JavaType type = scope.type(local.getType());
    FunctionScope.LocalSlot slot = scope.declareLocal(local.getSlot(), type, local.getName());
    if (local.hasInit()) {
      LLVMValueRef value = expressions.lower(local.getInit());
      LLVMBuildStore(scope.builder(), value, slot.address());
    }
  }

  private void lowerIf(If ifStmt) {
    LLVMValueRef condition = expressions.lowerCondition(ifStmt.getCond());
    LLVMBasicBlockRef thenBlock = scope.newBlock("if.then");
    LLVMBasicBlockRef end = scope.newBlock("if.end");
    LLVMBasicBlockRef elseBlock = ifStmt.hasElseStmt() ? scope.newBlock("if.else") : end;
    LLVMBuildCondBr(scope.builder(), condition, thenBlock, elseBlock);
    scope.positionAt(thenBlock);
    lower(ifStmt.getThenStmt());
    scope.branchTo(end);
    if (ifStmt.hasElseStmt()) {
      scope.positionAt(elseBlock);
      lower(ifStmt.getElseStmt());
      scope.branchTo(end);
    }
    scope.positionAt(end);
  }

  private void lowerLabeled(Labeled labeled) {
    Stmt body = labeled.getBody();
    switch (body.getKindCase()) {
      case WHILE_STMT, DO_WHILE, FOR_STMT, FOR_EACH, SWITCH_STMT -> lower(body, labeled.getLabel());
      default -> {
        LLVMBasicBlockRef end = scope.newBlock("labeled.end");
        scope.jumps().push(new JumpTargets.Entry(JumpTargets.Kind.LABELED_BLOCK, labeled.getLabel(), end, null));
        lower(body);
        scope.jumps().pop();
        scope.branchTo(end);
        scope.positionAt(end);
      }
    }
  }

  private void lowerBreak(Stmt stmt, Break breakStmt) {
    LLVMBasicBlockRef target = scope.jumps().breakTarget(breakStmt.getLabel()).orElseThrow(() ->
        new IllegalStateException("break " + breakStmt.getLabel() + " without a target at "
            + scope.position(stmt.getLine(), stmt.getColumn()) + ": corrupt sidecar"));
    LLVMBuildBr(scope.builder(), target);
    scope.continueUnreachable();
  }

  private void lowerContinue(Stmt stmt, Continue continueStmt) {
    LLVMBasicBlockRef target = scope.jumps().continueTarget(continueStmt.getLabel()).orElseThrow(() ->
        new IllegalStateException("continue " + continueStmt.getLabel() + " without a loop at "
            + scope.position(stmt.getLine(), stmt.getColumn()) + ": corrupt sidecar"));
    LLVMBuildBr(scope.builder(), target);
    scope.continueUnreachable();
  }

  private void lowerReturn(Return returnStmt) {
    scope.emitReturn(returnStmt.hasValue() ? expressions.lower(returnStmt.getValue()) : null);
    scope.continueUnreachable();
  }
}
