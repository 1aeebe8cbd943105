package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Turns a kernel into an LLVM switched-resume coroutine whose suspension points are its barriers,
 * for targets that run a work-group's work-items on one thread: the launcher starts every
 * work-item (each runs to its first barrier), then resumes them in turn, so no work-item passes
 * a barrier before all have reached it. Returning goes to a final suspension, after which the
 * launcher sees the coroutine as done and destroys it. CoroSplit (part of every default pipeline)
 * moves the locals that live across a barrier into the coroutine's frame, which comes from the C
 * library's {@code malloc}: only targets with a C library use this.
 */
public final class Coroutines {
  private final FunctionScope scope;
  private LLVMValueRef id;
  private LLVMValueRef handle;
  private LLVMBasicBlockRef finalSuspend;
  private LLVMBasicBlockRef cleanup;
  private LLVMBasicBlockRef suspend;

  Coroutines(FunctionScope scope) {
    this.scope = scope;
  }

  /** The coroutine's result type: its handle. */
  static LLVMTypeRef handleType(IrTypes types) {
    return types.ptr;
  }

  /** Emits the frame allocation and {@code coro.begin} where the body starts. */
  void begin() {
    LLVMBuilderRef builder = scope.builder();
    IrTypes types = scope.types();
    int presplit = LLVMGetEnumAttributeKindForName("presplitcoroutine", "presplitcoroutine".length());
    LLVMAddAttributeAtIndex(scope.function(), LLVMAttributeFunctionIndex,
        LLVMCreateEnumAttribute(scope.module().context(), presplit, 0));
    LLVMValueRef nothing = LLVMConstNull(types.ptr);
    id = Intrinsics.call(scope, "llvm.coro.id", new LLVMTypeRef[0], LLVMConstInt(types.i32, 0, 0), nothing, nothing,
        nothing);
    LLVMValueRef size = Intrinsics.call(scope, "llvm.coro.size", new LLVMTypeRef[] {types.i64});
    LLVMValueRef memory = CLibrary.call(scope, "malloc", types.ptr, size);
    handle = Intrinsics.call(scope, "llvm.coro.begin", new LLVMTypeRef[0], id, memory);
    finalSuspend = scope.newBlock("coro.final");
    cleanup = scope.newBlock("coro.cleanup");
    suspend = scope.newBlock("coro.suspend");
  }

  /** Suspends at a barrier; resumption continues after it. */
  public void barrier() {
    LLVMBasicBlockRef resume = scope.newBlock("barrier.resume");
    suspendPoint(false, resume);
    scope.positionAt(resume);
  }

  /** What a {@code return} does inside the coroutine. */
  void returnFromKernel() {
    LLVMBuildBr(scope.builder(), finalSuspend);
  }

  /** Emits the final suspension, the cleanup that frees the frame and the common exit. */
  void end() {
    LLVMBuilderRef builder = scope.builder();
    IrTypes types = scope.types();
    scope.positionAt(finalSuspend);
    LLVMBasicBlockRef resumedAfterEnd = scope.newBlock("coro.resumed.after.end");
    suspendPoint(true, resumedAfterEnd);
    scope.positionAt(resumedAfterEnd);
    LLVMBuildUnreachable(builder);

    scope.positionAt(cleanup);
    LLVMValueRef memory = Intrinsics.call(scope, "llvm.coro.free", new LLVMTypeRef[0], id, handle);
    CLibrary.call(scope, "free", types.voidType, memory);
    LLVMBuildBr(builder, suspend);

    scope.positionAt(suspend);
    LLVMValueRef none = LLVMConstNull(LLVMTokenTypeInContext(scope.module().context()));
    Intrinsics.call(scope, "llvm.coro.end", new LLVMTypeRef[0], handle, LLVMConstInt(types.i1, 0, 0), none);
    LLVMBuildRet(builder, handle);
  }

  private void suspendPoint(boolean isFinal, LLVMBasicBlockRef resume) {
    LLVMBuilderRef builder = scope.builder();
    IrTypes types = scope.types();
    LLVMValueRef none = LLVMConstNull(LLVMTokenTypeInContext(scope.module().context()));
    LLVMValueRef state = Intrinsics.call(scope, "llvm.coro.suspend", new LLVMTypeRef[0], none,
        LLVMConstInt(types.i1, isFinal ? 1 : 0, 0));
    LLVMValueRef branch = LLVMBuildSwitch(builder, state, suspend, 2);
    LLVMAddCase(branch, LLVMConstInt(types.i8, 0, 0), resume);
    LLVMAddCase(branch, LLVMConstInt(types.i8, 1, 0), cleanup);
  }
}
