package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Moves the blocks that record a failed check to the end of their function before PTX emission.
 * Instruction selection lets a conditional branch fall through only to the block that follows it
 * in the function, and the NVPTX back end does not invert branches when it lays blocks out later;
 * with the failure blocks out of the way each check is one predicated branch to the cold path
 * ({@code @%p bra fail}) instead of a branch around an unconditional one.
 */
final class ColdBlocksLast {
  private ColdBlocksLast() {}

  static void apply(LLVMModuleRef module) {
    for (LLVMValueRef function = LLVMGetFirstFunction(module); function != null && !function.isNull();
        function = LLVMGetNextFunction(function)) {
      List<LLVMBasicBlockRef> cold = new ArrayList<>();
      for (LLVMBasicBlockRef block = LLVMGetFirstBasicBlock(function); block != null && !block.isNull();
          block = LLVMGetNextBasicBlock(block)) {
        if (callsFailureRecorder(block)) cold.add(block);
      }
      for (LLVMBasicBlockRef block : cold) LLVMMoveBasicBlockAfter(block, LLVMGetLastBasicBlock(function));
    }
  }

  private static boolean callsFailureRecorder(LLVMBasicBlockRef block) {
    for (LLVMValueRef instruction = LLVMGetFirstInstruction(block); instruction != null && !instruction.isNull();
        instruction = LLVMGetNextInstruction(instruction)) {
      if (LLVMIsACallInst(instruction) == null || LLVMIsACallInst(instruction).isNull()) continue;
      LLVMValueRef callee = LLVMGetCalledValue(instruction);
      if (callee != null && !callee.isNull() && LLVMGetValueName(callee).getString().equals(NvptxFailureRecorder.NAME)) {
        return true;
      }
    }
    return false;
  }
}
