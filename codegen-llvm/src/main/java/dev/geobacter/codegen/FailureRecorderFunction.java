package dev.geobacter.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.ir.IrTypes;
import dev.geobacter.codegen.ir.ModuleScope;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The function {@code name(record, kind, index, length, site)} every target calls when a check
 * fails: a compare-and-swap on the record's failed flag picks one winner among all work-items, and
 * only the winner writes the details. Cold and never inlined, so a check costs a compare and a
 * branch on the hot path. Targets differ only in the record's layout and the atomic ordering.
 */
public final class FailureRecorderFunction {
  /** Byte offsets of the i32 fields in a target's failure record. */
  public record Layout(int failed, int kind, int index, int length, int site) {}

  private FailureRecorderFunction() {}

  /** The recorder in {@code scope}'s module, defined on first use. */
  public static LLVMValueRef get(ModuleScope scope, String name, Layout layout, int atomicOrdering) {
    LLVMValueRef existing = LLVMGetNamedFunction(scope.module(), name);
    if (existing != null && !existing.isNull()) return existing;
    IrTypes types = scope.types();
    LLVMTypeRef type = LLVMFunctionType(types.voidType,
        Llvm.array(types.ptr, types.i32, types.i32, types.i32, types.i32), 5, 0);
    LLVMValueRef function = LLVMAddFunction(scope.module(), name, type);
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
      LLVMValueRef base = LLVMGetParam(function, 0);
      LLVMValueRef exchange = LLVMBuildAtomicCmpXchg(builder, at(builder, types, base, layout.failed()),
          LLVMConstInt(types.i32, 0, 0), LLVMConstInt(types.i32, 1, 0), atomicOrdering, atomicOrdering, 0);
      LLVMBuildCondBr(builder, LLVMBuildExtractValue(builder, exchange, 1, "won"), record, done);
      LLVMPositionBuilderAtEnd(builder, record);
      int[] offsets = {layout.kind(), layout.index(), layout.length(), layout.site()};
      for (int i = 0; i < offsets.length; i++) {
        LLVMBuildStore(builder, LLVMGetParam(function, i + 1), at(builder, types, base, offsets[i]));
      }
      LLVMBuildBr(builder, done);
      LLVMPositionBuilderAtEnd(builder, done);
      LLVMBuildRetVoid(builder);
    } finally {
      LLVMDisposeBuilder(builder);
    }
    return function;
  }

  /** The address {@code offset} bytes past {@code base}. */
  public static LLVMValueRef at(LLVMBuilderRef builder, IrTypes types, LLVMValueRef base, int offset) {
    return LLVMBuildInBoundsGEP2(builder, types.i8, base, Llvm.array(LLVMConstInt(types.i64, offset, 0)), 1, "");
  }
}
