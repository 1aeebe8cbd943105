package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.ir.CLibrary;
import dev.geobacter.codegen.ir.IrTypes;
import dev.geobacter.codegen.ir.Intrinsics;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Runs one work-group of a kernel with barriers on the calling thread: every work-item is a
 * coroutine with its own {@link HostFrame}. All are started (each runs to its first barrier), then
 * resumed in rounds, each round taking every unfinished work-item to its next barrier or to its
 * end, so none passes a barrier before all have reached it. A failed work-item ends the group:
 * the others are destroyed where they wait.
 */
final class CoroutineTeam {
  private final HostEntryPoint entry;
  private final List<LLVMValueRef> arguments;
  private final LLVMBuilderRef builder;
  private final IrTypes types;
  private final LLVMTypeRef frameType;
  private final LLVMValueRef size;
  private final LLVMValueRef frames;
  private final LLVMValueRef handles;

  /** Allocates the frames and handles of one group, once per entry call (at the current position). */
  CoroutineTeam(HostEntryPoint entry, List<LLVMValueRef> arguments) {
    this.entry = entry;
    this.arguments = arguments;
    this.builder = entry.builder();
    this.types = entry.module().types();
    this.frameType = entry.frameType();
    LLVMValueRef plane = LLVMBuildMul(builder, entry.loadField(HostFrame.LOCAL_SIZE),
        entry.loadField(HostFrame.LOCAL_SIZE + 1), "");
    this.size = LLVMBuildMul(builder, plane, entry.loadField(HostFrame.LOCAL_SIZE + 2), "team.size");
    LLVMValueRef count = LLVMBuildZExt(builder, size, types.i64, "");
    this.frames = malloc(LLVMBuildMul(builder, count, LLVMSizeOf(frameType), ""));
    this.handles = malloc(LLVMBuildMul(builder, count, LLVMConstInt(types.i64, 8, 0), ""));
  }

  void runGroup() {
    LLVMValueRef zero = LLVMConstInt(types.i32, 0, 0);
    LLVMBasicBlockRef failed = block("team.failed");
    LLVMValueRef started = entry.counter("started");
    LLVMBuildStore(builder, zero, started);
    entry.countedLoop("w", zero, size, w -> start(w, failed, started));

    LLVMBasicBlockRef round = block("team.round");
    LLVMBasicBlockRef finished = block("team.finished");
    LLVMBuildBr(builder, round);
    LLVMPositionBuilderAtEnd(builder, round);
    LLVMValueRef live = entry.counter("live");
    LLVMBuildStore(builder, zero, live);
    entry.countedLoop("w", zero, size, w -> resume(w, failed, live));
    LLVMValueRef anyLive = LLVMBuildICmp(builder, LLVMIntNE, LLVMBuildLoad2(builder, types.i32, live, ""), zero, "");
    LLVMBuildCondBr(builder, anyLive, round, finished);

    // Only the work-items started so far have handles to destroy.
    LLVMPositionBuilderAtEnd(builder, failed);
    entry.countedLoop("w", zero, LLVMBuildLoad2(builder, types.i32, started, ""), this::destroy);
    LLVMBuildBr(builder, entry.exit());

    LLVMPositionBuilderAtEnd(builder, finished);
    entry.countedLoop("w", zero, size, this::destroy);
  }

  /** Frees the group's memory; emitted once, on the way out of the entry point. */
  void release() {
    CLibrary.call(entry.module(), builder, "free", types.voidType, frames);
    CLibrary.call(entry.module(), builder, "free", types.voidType, handles);
  }

  private void start(LLVMValueRef w, LLVMBasicBlockRef failed, LLVMValueRef started) {
    LLVMValueRef frame = frameOf(w);
    LLVMValueRef sizeX = entry.loadField(HostFrame.LOCAL_SIZE);
    LLVMValueRef sizeY = entry.loadField(HostFrame.LOCAL_SIZE + 1);
    LLVMValueRef rest = LLVMBuildUDiv(builder, w, sizeX, "");
    store(frame, HostFrame.LOCAL_ID, LLVMBuildURem(builder, w, sizeX, ""));
    store(frame, HostFrame.LOCAL_ID + 1, LLVMBuildURem(builder, rest, sizeY, ""));
    store(frame, HostFrame.LOCAL_ID + 2, LLVMBuildUDiv(builder, rest, sizeY, ""));
    for (int field = HostFrame.GROUP_ID; field < HostFrame.STATUS; field++) store(frame, field, entry.loadField(field));
    store(frame, HostFrame.STATUS, LLVMConstInt(types.i32, 0, 0));
    LLVMValueRef launch = LLVMBuildLoad2(builder, types.ptr,
        HostFrame.field(builder, frameType, entry.frame(), HostFrame.LAUNCH), "");
    LLVMBuildStore(builder, launch, HostFrame.field(builder, frameType, frame, HostFrame.LAUNCH));
    List<LLVMValueRef> call = new ArrayList<>();
    call.add(frame);
    call.addAll(arguments);
    LLVMValueRef kernel = entry.kernel();
    LLVMValueRef handle = LLVMBuildCall2(builder, LLVMGlobalGetValueType(kernel), kernel,
        Llvm.array(call.toArray(LLVMValueRef[]::new)), call.size(), "work.item");
    LLVMBuildStore(builder, handle, handleOf(w));
    LLVMBuildStore(builder, LLVMBuildAdd(builder, w, LLVMConstInt(types.i32, 1, 0), ""), started);
    failIfStatusSet(frame, failed);
  }

  private void resume(LLVMValueRef w, LLVMBasicBlockRef failed, LLVMValueRef live) {
    LLVMValueRef handle = LLVMBuildLoad2(builder, types.ptr, handleOf(w), "");
    LLVMBasicBlockRef run = block("team.resume");
    LLVMBasicBlockRef next = block("team.next");
    LLVMBuildCondBr(builder, done(handle), next, run);
    LLVMPositionBuilderAtEnd(builder, run);
    Intrinsics.call(entry.module(), builder, "llvm.coro.resume", new LLVMTypeRef[0], handle);
    failIfStatusSet(frameOf(w), failed);
    LLVMValueRef stillLive = LLVMBuildZExt(builder, LLVMBuildNot(builder, done(handle), ""), types.i32, "");
    LLVMBuildStore(builder, LLVMBuildAdd(builder, LLVMBuildLoad2(builder, types.i32, live, ""), stillLive, ""), live);
    LLVMBuildBr(builder, next);
    LLVMPositionBuilderAtEnd(builder, next);
  }

  private void destroy(LLVMValueRef w) {
    LLVMValueRef handle = LLVMBuildLoad2(builder, types.ptr, handleOf(w), "");
    Intrinsics.call(entry.module(), builder, "llvm.coro.destroy", new LLVMTypeRef[0], handle);
  }

  private LLVMValueRef done(LLVMValueRef handle) {
    return Intrinsics.call(entry.module(), builder, "llvm.coro.done", new LLVMTypeRef[0], handle);
  }

  private void failIfStatusSet(LLVMValueRef frame, LLVMBasicBlockRef failed) {
    LLVMValueRef status = LLVMBuildLoad2(builder, types.i32, HostFrame.field(builder, frameType, frame, HostFrame.STATUS), "");
    LLVMBasicBlockRef ok = block("team.ok");
    LLVMBuildCondBr(builder, LLVMBuildICmp(builder, LLVMIntNE, status, LLVMConstInt(types.i32, 0, 0), ""), failed, ok);
    LLVMPositionBuilderAtEnd(builder, ok);
  }

  private LLVMValueRef frameOf(LLVMValueRef w) {
    return LLVMBuildInBoundsGEP2(builder, frameType, frames, Llvm.array(LLVMBuildZExt(builder, w, types.i64, "")), 1, "");
  }

  private LLVMValueRef handleOf(LLVMValueRef w) {
    return LLVMBuildInBoundsGEP2(builder, types.ptr, handles, Llvm.array(LLVMBuildZExt(builder, w, types.i64, "")), 1, "");
  }

  private void store(LLVMValueRef frame, int field, LLVMValueRef value) {
    LLVMBuildStore(builder, value, HostFrame.field(builder, frameType, frame, field));
  }

  private LLVMValueRef malloc(LLVMValueRef bytes) {
    return CLibrary.call(entry.module(), builder, "malloc", types.ptr, bytes);
  }

  private LLVMBasicBlockRef block(String name) {
    return LLVMAppendBasicBlockInContext(entry.module().context(), entry.function(), name);
  }
}
