package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.ir.IrTypes;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The frame every lowered function receives on the GPU: {@code {i32 status, ptr launchStatus}}.
 * Work-item ids need no frame (they are special registers); the frame carries this work-item's
 * failure flag and the launch's status buffer. It is an {@code alloca} in the kernel entry, and
 * once the kernel is inlined there it lives in registers.
 */
final class NvptxFrame {
  static final int STATUS = 0;
  static final int LAUNCH_STATUS = 1;

  private NvptxFrame() {}

  static LLVMTypeRef type(LLVMContextRef context, IrTypes types) {
    return LLVMStructTypeInContext(context, Llvm.array(types.i32, types.ptr), 2, 0);
  }

  static LLVMValueRef field(LLVMBuilderRef builder, LLVMTypeRef frameType, LLVMValueRef frame, int index) {
    return LLVMBuildStructGEP2(builder, frameType, frame, index, "");
  }
}
