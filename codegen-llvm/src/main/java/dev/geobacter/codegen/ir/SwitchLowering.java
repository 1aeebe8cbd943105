package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.metadata.proto.Case;
import dev.geobacter.metadata.proto.Switch;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Lowers a switch statement over int, char, short or byte to an LLVM {@code switch}. Old-style
 * cases fall through into the next case's block; arrow cases leave the switch after their body.
 */
final class SwitchLowering {
  private final FunctionScope scope;
  private final StatementLowering statements;
  private final ExpressionLowering expressions;

  SwitchLowering(FunctionScope scope, StatementLowering statements, ExpressionLowering expressions) {
    this.scope = scope;
    this.statements = statements;
    this.expressions = expressions;
  }

  void lower(Switch switchStmt, String label) {
    JavaType selectorType = scope.typeOf(switchStmt.getSelector());
    switch (selectorType.kind()) {
      case INT, CHAR, SHORT, BYTE -> { }
      default -> throw scope.error(switchStmt.getSelector(), "a switch in a kernel must be over int, char, short or "
          + "byte, not " + selectorType.javaName() + "; compare with if/else instead");
    }
    LLVMValueRef selector = Conversions.convert(scope, expressions.lower(switchStmt.getSelector()), selectorType,
        JavaType.of("I"));

    List<LLVMBasicBlockRef> caseBlocks = new ArrayList<>();
    LLVMBasicBlockRef end = scope.newBlock("switch.end");
    LLVMBasicBlockRef defaultBlock = end;
    int labelCount = 0;
    for (Case c : switchStmt.getCasesList()) {
      if (c.getEnumLabelsCount() > 0) {
        throw scope.error(switchStmt.getSelector(), "a switch over an enum cannot be compiled for a device; "
            + "switch over an int instead");
      }
      LLVMBasicBlockRef block = scope.newBlock(c.getIsDefault() ? "switch.default" : "switch.case");
      caseBlocks.add(block);
      if (c.getIsDefault()) defaultBlock = block;
      labelCount += c.getIntLabelsCount();
    }

    LLVMValueRef instruction = LLVMBuildSwitch(scope.builder(), selector, defaultBlock, labelCount);
    for (int i = 0; i < caseBlocks.size(); i++) {
      for (long value : switchStmt.getCases(i).getIntLabelsList()) {
        LLVMAddCase(instruction, LLVMConstInt(scope.types().i32, value, 1), caseBlocks.get(i));
      }
    }

    scope.jumps().push(new JumpTargets.Entry(JumpTargets.Kind.SWITCH, label, end, null));
    for (int i = 0; i < caseBlocks.size(); i++) {
      scope.positionAt(caseBlocks.get(i));
      switchStmt.getCases(i).getBodyList().forEach(statements::lower);
      boolean fallsThrough = !switchStmt.getArrow() && i + 1 < caseBlocks.size();
      scope.branchTo(fallsThrough ? caseBlocks.get(i + 1) : end);
    }
    scope.jumps().pop();
    scope.positionAt(end);
  }
}
