package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.ir.IrTypes;
import dev.geobacter.codegen.ir.ModuleScope;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code geobacter.fail(launch, kind, index, length, site)}: records the first failure of a launch
 * in its {@link LaunchRecord} (a compare-and-swap on the failed flag picks the winner among
 * threads). Cold and never inlined, so checks cost a compare and a branch on the hot path.
 */
final class FailureRecorder {
  static final String NAME = "geobacter.fail";

  private FailureRecorder() {}

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
      LLVMValueRef launch = LLVMGetParam(function, 0);
      LLVMValueRef exchange = LLVMBuildAtomicCmpXchg(builder, at(builder, types, launch, LaunchRecord.FAILED),
          LLVMConstInt(types.i32, 0, 0), LLVMConstInt(types.i32, 1, 0), LLVMAtomicOrderingSequentiallyConsistent,
          LLVMAtomicOrderingSequentiallyConsistent, 0);
      LLVMBuildCondBr(builder, LLVMBuildExtractValue(builder, exchange, 1, "won"), record, done);
      LLVMPositionBuilderAtEnd(builder, record);
      int[] offsets = {LaunchRecord.KIND, LaunchRecord.INDEX, LaunchRecord.LENGTH, LaunchRecord.SITE};
      for (int i = 0; i < offsets.length; i++) {
        LLVMBuildStore(builder, LLVMGetParam(function, i + 1), at(builder, types, launch, offsets[i]));
      }
      LLVMBuildBr(builder, done);
      LLVMPositionBuilderAtEnd(builder, done);
      LLVMBuildRetVoid(builder);
    } finally {
      LLVMDisposeBuilder(builder);
    }
    return function;
  }

  /** The address {@code offset} bytes into the launch record. */
  static LLVMValueRef at(LLVMBuilderRef builder, IrTypes types, LLVMValueRef launch, int offset) {
    return LLVMBuildInBoundsGEP2(builder, types.i8, launch, Llvm.array(LLVMConstInt(types.i64, offset, 0)), 1, "");
  }
}
