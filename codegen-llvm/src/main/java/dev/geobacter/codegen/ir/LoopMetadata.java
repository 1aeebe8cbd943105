package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** {@code !llvm.loop} hints on a loop's back-edge branch. */
final class LoopMetadata {
  private LoopMetadata() {}

  /** Asks LLVM's unroller for {@code count} copies of the body per iteration. */
  static void unrollCount(FunctionScope scope, LLVMValueRef backEdge, int count) {
    LLVMContextRef context = scope.module().context();
    String name = "llvm.loop.unroll.count";
    LLVMMetadataRef hint = node(context, LLVMMDStringInContext2(context, name, name.length()),
        LLVMValueAsMetadata(LLVMConstInt(scope.types().i32, count, 0)));
    // A loop ID refers to itself; replacing a temporary placeholder by the node makes it so.
    LLVMMetadataRef placeholder = LLVMTemporaryMDNode(context, (LLVMMetadataRef) null, 0);
    LLVMMetadataRef loopId = node(context, placeholder, hint);
    LLVMMetadataReplaceAllUsesWith(placeholder, loopId);
    String kind = "llvm.loop";
    LLVMSetMetadata(backEdge, LLVMGetMDKindIDInContext(context, kind, kind.length()), LLVMMetadataAsValue(context, loopId));
  }

  private static LLVMMetadataRef node(LLVMContextRef context, LLVMMetadataRef... operands) {
    try (PointerPointer<LLVMMetadataRef> array = new PointerPointer<>(operands)) {
      return LLVMMDNodeInContext2(context, array, operands.length);
    }
  }
}
