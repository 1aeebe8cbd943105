package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.WorkItemQuery;
import dev.geobacter.codegen.ir.IrTypes;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The host's per-thread frame that every lowered function receives: the current work-item's ids,
 * the launch's shape, this work-item's failure status and the shared launch record. It lives on
 * the stack of the launch loop; once the kernel is inlined there, LLVM keeps its fields in
 * registers, so {@code globalId(0)} becomes the loop's induction variable.
 */
final class HostFrame {
  static final int LOCAL_ID = 0;
  static final int GROUP_ID = 3;
  static final int LOCAL_SIZE = 6;
  static final int NUM_GROUPS = 9;
  static final int STATUS = 12;
  static final int LAUNCH = 13;
  private static final int FIELDS = 14;

  private HostFrame() {}

  static LLVMTypeRef type(org.bytedeco.llvm.LLVM.LLVMContextRef context, IrTypes types) {
    LLVMTypeRef[] fields = new LLVMTypeRef[FIELDS];
    for (int i = 0; i < STATUS + 1; i++) fields[i] = types.i32;
    fields[LAUNCH] = types.ptr;
    return LLVMStructTypeInContext(context, Llvm.array(fields), FIELDS, 0);
  }

  static LLVMValueRef field(LLVMBuilderRef builder, LLVMTypeRef frameType, LLVMValueRef frame, int index) {
    return LLVMBuildStructGEP2(builder, frameType, frame, index, "");
  }

  static LLVMValueRef loadInt(LLVMBuilderRef builder, LLVMTypeRef frameType, IrTypes types, LLVMValueRef frame,
      int index) {
    return LLVMBuildLoad2(builder, types.i32, field(builder, frameType, frame, index), "");
  }

  /** The frame field (before adding the dimension) that holds a directly stored query. */
  static int base(WorkItemQuery query) {
    return switch (query) {
      case LOCAL_ID -> LOCAL_ID;
      case GROUP_ID -> GROUP_ID;
      case LOCAL_SIZE -> LOCAL_SIZE;
      case NUM_GROUPS -> NUM_GROUPS;
      case GLOBAL_ID, GLOBAL_SIZE -> throw new IllegalArgumentException(query + " is computed, not stored");
    };
  }
}
