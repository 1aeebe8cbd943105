package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.ir.IrTypes;
import dev.geobacter.codegen.ir.ModuleScope;
import dev.geobacter.metadata.proto.MethodInfo;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Emits {@code void entry(ptr args, ptr launch, i32 firstGroup, i32 endGroup, ptr array...)}: runs the groups
 * {@code [firstGroup, endGroup)} of a launch on the calling thread, each as nested loops over its
 * work-items (x innermost) calling the kernel, which O3 inlines and can vectorize. It stops when
 * its own work-item fails and, between groups, when another thread's did. A kernel with barriers
 * is a coroutine instead, and each group runs as a {@link CoroutineTeam}. The data of each array
 * parameter arrives as a trailing argument, not in the slot block, because a Java array passed in
 * place has an address only for the duration of one call (see {@link ArgumentLayout}).
 */
final class HostEntryPoint {
  /** Parameters before the array pointers: the slot block, the launch record and the group range. */
  static final int FIXED_PARAMETERS = 4;
  private final ModuleScope module;
  private final MethodInfo entry;
  private final LLVMValueRef kernel;
  private final boolean coroutines;
  private final IrTypes types;
  private final LLVMTypeRef frameType;
  private LLVMBuilderRef builder;
  private LLVMValueRef function;
  private LLVMValueRef frame;
  private LLVMBasicBlockRef exit;
  private final java.util.Map<String, LLVMValueRef> counters = new java.util.HashMap<>();

  HostEntryPoint(ModuleScope module, MethodInfo entry, LLVMValueRef kernel, boolean coroutines) {
    this.module = module;
    this.entry = entry;
    this.kernel = kernel;
    this.coroutines = coroutines;
    this.types = module.types();
    this.frameType = HostFrame.type(module.context(), types);
  }

  void emit(String symbol) {
    ArgumentLayout layout = ArgumentLayout.ofDescriptor(entry.getDesc());
    List<LLVMTypeRef> parameters = new ArrayList<>(List.of(types.ptr, types.ptr, types.i32, types.i32));
    for (int i = 0; i < layout.arrayCount(); i++) parameters.add(types.ptr);
    LLVMTypeRef type = LLVMFunctionType(types.voidType, Llvm.array(parameters.toArray(LLVMTypeRef[]::new)),
        parameters.size(), 0);
    function = LLVMAddFunction(module.module(), symbol, type);
    int nounwind = LLVMGetEnumAttributeKindForName("nounwind", "nounwind".length());
    LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(module.context(), nounwind, 0));
    builder = LLVMCreateBuilderInContext(module.context());
    try {
      LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(module.context(), function, "entry"));
      exit = LLVMAppendBasicBlockInContext(module.context(), function, "exit");
      LLVMValueRef launch = LLVMGetParam(function, 1);
      frame = LLVMBuildAlloca(builder, frameType, "frame");
      // Counters live in entry-block slots, where mem2reg turns them into induction variables.
      for (String name : new String[] {"group", "z", "y", "x", "w", "live", "started"}) {
        counters.put(name, LLVMBuildAlloca(builder, types.i32, name));
      }
      for (int d = 0; d < 3; d++) {
        store(HostFrame.NUM_GROUPS + d,
            ValueRanges.atLeast(module.context(), load(launch, LaunchRecord.NUM_GROUPS + 4 * d), 1));
        store(HostFrame.LOCAL_SIZE + d,
            ValueRanges.atLeast(module.context(), load(launch, LaunchRecord.GROUP_SIZE + 4 * d), 1));
      }
      store(HostFrame.STATUS, LLVMConstInt(types.i32, 0, 0));
      LLVMBuildStore(builder, launch, HostFrame.field(builder, frameType, frame, HostFrame.LAUNCH));
      List<LLVMValueRef> arguments = unpackArguments(layout, LLVMGetParam(function, 0));
      CoroutineTeam team = coroutines ? new CoroutineTeam(this, arguments) : null;
      countedLoop("group", LLVMGetParam(function, 2), LLVMGetParam(function, 3), group -> runGroup(launch, group, arguments, team));
      LLVMBuildBr(builder, exit);
      LLVMPositionBuilderAtEnd(builder, exit);
      if (team != null) team.release();
      LLVMBuildRetVoid(builder);
    } finally {
      LLVMDisposeBuilder(builder);
    }
  }

  private void runGroup(LLVMValueRef launch, LLVMValueRef group, List<LLVMValueRef> arguments, CoroutineTeam team) {
    LLVMValueRef failed = LLVMBuildLoad2(builder, types.i32, FailureRecorder.at(builder, types, launch, LaunchRecord.FAILED), "");
    LLVMSetOrdering(failed, LLVMAtomicOrderingMonotonic);
    LLVMSetAlignment(failed, 4);
    exitIf(LLVMBuildICmp(builder, LLVMIntNE, failed, LLVMConstInt(types.i32, 0, 0), ""));
    LLVMValueRef groupsX = loadField(HostFrame.NUM_GROUPS);
    LLVMValueRef groupsY = loadField(HostFrame.NUM_GROUPS + 1);
    LLVMValueRef rest = LLVMBuildUDiv(builder, group, groupsX, "");
    store(HostFrame.GROUP_ID, LLVMBuildURem(builder, group, groupsX, ""));
    store(HostFrame.GROUP_ID + 1, LLVMBuildURem(builder, rest, groupsY, ""));
    store(HostFrame.GROUP_ID + 2, LLVMBuildUDiv(builder, rest, groupsY, ""));
    if (team != null) {
      team.runGroup();
      return;
    }
    LLVMValueRef zero = LLVMConstInt(types.i32, 0, 0);
    countedLoop("z", zero, loadField(HostFrame.LOCAL_SIZE + 2), z -> {
      store(HostFrame.LOCAL_ID + 2, z);
      countedLoop("y", zero, loadField(HostFrame.LOCAL_SIZE + 1), y -> {
        store(HostFrame.LOCAL_ID + 1, y);
        countedLoop("x", zero, loadField(HostFrame.LOCAL_SIZE), x -> {
          store(HostFrame.LOCAL_ID, x);
          List<LLVMValueRef> call = new ArrayList<>();
          call.add(frame);
          call.addAll(arguments);
          LLVMBuildCall2(builder, LLVMGlobalGetValueType(kernel), kernel, Llvm.array(call.toArray(LLVMValueRef[]::new)),
              call.size(), "");
          exitIf(LLVMBuildICmp(builder, LLVMIntNE, loadField(HostFrame.STATUS), zero, ""));
        });
      });
    });
  }

  /**
   * Loads each parameter from its slot; booleans arrive as a byte, arrays as a length in the slot
   * and the data pointer as a trailing argument of the entry point.
   */
  private List<LLVMValueRef> unpackArguments(ArgumentLayout layout, LLVMValueRef block) {
    List<LLVMValueRef> values = new ArrayList<>();
    for (int i = 0; i < layout.parameters().size(); i++) {
      JavaType type = layout.parameters().get(i);
      int offset = (int) layout.offset(i);
      if (type.isArray()) {
        LLVMValueRef data = LLVMGetParam(function, FIXED_PARAMETERS + layout.arrayOrdinal(i));
        LLVMValueRef length = ValueRanges.atLeast(module.context(), load(block, offset), 0);
        LLVMValueRef array = LLVMBuildInsertValue(builder, LLVMGetUndef(types.array), data, 0, "");
        values.add(LLVMBuildInsertValue(builder, array, length, 1, "array"));
      } else if (type.kind() == JavaType.Kind.BOOLEAN) {
        LLVMValueRef raw = LLVMBuildLoad2(builder, types.i8, FailureRecorder.at(builder, types, block, offset), "");
        values.add(LLVMBuildICmp(builder, LLVMIntNE, raw, LLVMConstInt(types.i8, 0, 0), ""));
      } else {
        values.add(LLVMBuildLoad2(builder, types.value(type), FailureRecorder.at(builder, types, block, offset), ""));
      }
    }
    return values;
  }

  interface LoopBody {
    void emit(LLVMValueRef counter);
  }

  /** {@code for (i = begin; i < end; i++) body(i)}, with the counter in its entry-block slot. */
  void countedLoop(String name, LLVMValueRef begin, LLVMValueRef end, LoopBody body) {
    LLVMValueRef slot = counters.get(name);
    LLVMBuildStore(builder, begin, slot);
    LLVMBasicBlockRef condition = LLVMAppendBasicBlockInContext(module.context(), function, name + ".cond");
    LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(module.context(), function, name + ".body");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(module.context(), function, name + ".end");
    LLVMBuildBr(builder, condition);
    LLVMPositionBuilderAtEnd(builder, condition);
    LLVMValueRef counter = LLVMBuildLoad2(builder, types.i32, slot, name);
    LLVMBuildCondBr(builder, LLVMBuildICmp(builder, LLVMIntULT, counter, end, ""), loop, done);
    LLVMPositionBuilderAtEnd(builder, loop);
    body.emit(counter);
    LLVMBuildStore(builder, LLVMBuildAdd(builder, counter, LLVMConstInt(types.i32, 1, 0), ""), slot);
    LLVMBuildBr(builder, condition);
    LLVMPositionBuilderAtEnd(builder, done);
  }

  void exitIf(LLVMValueRef condition) {
    LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(module.context(), function, "continue");
    LLVMBuildCondBr(builder, condition, exit, next);
    LLVMPositionBuilderAtEnd(builder, next);
  }

  private LLVMValueRef load(LLVMValueRef base, int offset) {
    return LLVMBuildLoad2(builder, types.i32, FailureRecorder.at(builder, types, base, offset), "");
  }

  LLVMValueRef loadField(int index) {
    return HostFrame.loadInt(builder, frameType, types, frame, index);
  }

  /** An entry-block {@code i32} slot: {@code group, z, y, x, w, live, started}. */
  LLVMValueRef counter(String name) {
    return counters.get(name);
  }

  ModuleScope module() {
    return module;
  }

  LLVMBuilderRef builder() {
    return builder;
  }

  LLVMValueRef function() {
    return function;
  }

  LLVMValueRef kernel() {
    return kernel;
  }

  LLVMValueRef frame() {
    return frame;
  }

  LLVMTypeRef frameType() {
    return frameType;
  }

  LLVMBasicBlockRef exit() {
    return exit;
  }

  private void store(int index, LLVMValueRef value) {
    LLVMBuildStore(builder, value, HostFrame.field(builder, frameType, frame, index));
  }
}
