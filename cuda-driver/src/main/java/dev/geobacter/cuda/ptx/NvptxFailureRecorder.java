package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.ir.IrTypes;
import dev.geobacter.codegen.ir.ModuleScope;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code geobacter_fail(status, kind, index, length, site)}: records the first failure of a launch
 * in its {@link LaunchStatus} buffer. A compare-and-swap on the failed flag picks one winner among
 * all threads of the grid; only the winner writes the details, and the host reads them after the
 * kernel has finished. Cold and never inlined, so a check costs a compare and a branch.
 */
final class NvptxFailureRecorder {
  static final String NAME = "geobacter_fail";

  private NvptxFailureRecorder() {}

  static LLVMValueRef function(ModuleScope scope) {
    LLVMValueRef existing = LLVMGetNamedFunction(scope.module(), NAME);
    if (existing != null && !existing.isNull()) return existing;
    IrTypes types = scope.types();
    LLVMTypeRef type = LLVMFunctionType(types.voidType,
        Llvm.array(types.ptr, types.i32, types.i32, types.i32, types.i32), 5, 0);
    LLVMValueRef function = LLVMAddFunction(scope.module(), NAME, type);
    LLVMSetLinkage(function, LLVMInternalLinkage);
    for (String attribute : new String[] {"cold", "noinline", "nounwind"}) {
      int kind = LLVMGetEnumAttributeKindForName(attribute, attribute.length());
      LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(scope.context(), kind, 0));
    }
    LLVMBuilderRef builder = LLVMCreateBuilderInContext(scope.context());
    try {
      LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(scope.context(), function, "entry");
      LLVMBasicBlockRef record = LLVMAppendBasicBlockInContext(scope.context(), function, "record");
      LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(scope.context(), function, "done");
      LLVMPositionBuilderAtEnd(builder, entry);
      LLVMValueRef status = LLVMGetParam(function, 0);
      // Relaxed is enough: the host reads the record only after the whole grid has finished.
      LLVMValueRef exchange = LLVMBuildAtomicCmpXchg(builder, at(builder, types, status, LaunchStatus.FAILED),
          LLVMConstInt(types.i32, 0, 0), LLVMConstInt(types.i32, 1, 0), LLVMAtomicOrderingMonotonic,
          LLVMAtomicOrderingMonotonic, 0);
      LLVMBuildCondBr(builder, LLVMBuildExtractValue(builder, exchange, 1, "won"), record, done);
      LLVMPositionBuilderAtEnd(builder, record);
      int[] offsets = {LaunchStatus.KIND, LaunchStatus.INDEX, LaunchStatus.LENGTH, LaunchStatus.SITE};
      for (int i = 0; i < offsets.length; i++) {
        LLVMBuildStore(builder, LLVMGetParam(function, i + 1), at(builder, types, status, offsets[i]));
      }
      LLVMBuildBr(builder, done);
      LLVMPositionBuilderAtEnd(builder, done);
      LLVMBuildRetVoid(builder);
    } finally {
      LLVMDisposeBuilder(builder);
    }
    return function;
  }

  private static LLVMValueRef at(LLVMBuilderRef builder, IrTypes types, LLVMValueRef base, int offset) {
    return LLVMBuildInBoundsGEP2(builder, types.i8, base, Llvm.array(LLVMConstInt(types.i64, offset, 0)), 1, "");
  }
}
