package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMetadataRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Facts the launcher guarantees, told to the optimizer as {@code !range} metadata on the loads
 * that bring them in: lengths are never negative and grid sizes are at least 1. With them LLVM
 * sees that {@code i < a.length} for a global id {@code i} also proves {@code 0 <= i}, drops the
 * bounds check and can vectorize the kernel with checks on.
 */
final class ValueRanges {
  private ValueRanges() {}

  /** Marks an {@code i32} load as producing a value in {@code [low, Integer.MAX_VALUE]}. */
  static LLVMValueRef atLeast(LLVMContextRef context, LLVMValueRef load, int low) {
    var i32 = LLVMInt32TypeInContext(context);
    PointerPointer<LLVMMetadataRef> bounds = new PointerPointer<>(2);
    bounds.put(0, LLVMValueAsMetadata(LLVMConstInt(i32, low, 0)));
    bounds.put(1, LLVMValueAsMetadata(LLVMConstInt(i32, 1L << 31, 0)));
    LLVMMetadataRef node = LLVMMDNodeInContext2(context, bounds, 2);
    LLVMSetMetadata(load, LLVMGetMDKindIDInContext(context, "range", "range".length()), LLVMMetadataAsValue(context, node));
    return load;
  }
}
