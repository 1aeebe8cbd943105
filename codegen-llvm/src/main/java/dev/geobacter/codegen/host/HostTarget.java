package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.GpuBarriers;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MachineSpec;
import dev.geobacter.codegen.SourcePosition;
import dev.geobacter.codegen.Target;
import dev.geobacter.codegen.WorkItemQuery;
import dev.geobacter.codegen.ir.FunctionScope;
import dev.geobacter.codegen.ir.ModuleScope;
import dev.geobacter.metadata.proto.MethodInfo;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** The CPU this JVM runs on: work-item ids come from the {@link HostFrame}, math from the C library. */
public final class HostTarget implements Target {
  private final MachineSpec machine;

  public HostTarget(MachineSpec machine) {
    this.machine = machine;
  }

  /** The host's triple, CPU name and features, as LLVM detects them. */
  public static HostTarget detect() {
    return new HostTarget(TargetMachines.hostSpec());
  }

  @Override
  public String name() {
    return "host";
  }

  @Override
  public MachineSpec machine() {
    return machine;
  }

  @Override
  public LLVMValueRef workItem(FunctionScope scope, WorkItemQuery query, int dimension) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef frameType = HostFrame.type(scope.module().context(), scope.types());
    return switch (query) {
      case LOCAL_ID, GROUP_ID, LOCAL_SIZE, NUM_GROUPS ->
          HostFrame.loadInt(builder, frameType, scope.types(), scope.frame(), HostFrame.base(query) + dimension);
      case GLOBAL_ID -> noWrap(LLVMBuildAdd(builder,
          noWrap(LLVMBuildMul(builder, workItem(scope, WorkItemQuery.GROUP_ID, dimension),
              workItem(scope, WorkItemQuery.LOCAL_SIZE, dimension), "")),
          workItem(scope, WorkItemQuery.LOCAL_ID, dimension), "global.id"));
      case GLOBAL_SIZE -> noWrap(LLVMBuildMul(builder, workItem(scope, WorkItemQuery.NUM_GROUPS, dimension),
          workItem(scope, WorkItemQuery.LOCAL_SIZE, dimension), "global.size"));
    };
  }

  /** Grid rejects launches past Integer.MAX_VALUE work-items, so ids and sizes never wrap. */
  private static LLVMValueRef noWrap(LLVMValueRef arithmetic) {
    LLVMSetNUW(arithmetic, 1);
    LLVMSetNSW(arithmetic, 1);
    return arithmetic;
  }

  /** Work-items of a group run on one thread as coroutines that suspend at each barrier. */
  @Override
  public void barrier(FunctionScope scope, SourcePosition position) {
    if (scope.coroutine() == null) {
      throw new CodegenException(position, "on the host device Gpu.barrier() must be called in the kernel method "
          + "itself, not in a method it calls (" + scope.method().getName() + "); move the barrier into the kernel");
    }
    scope.coroutine().barrier();
  }

  @Override
  public boolean barriersAsCoroutines(KernelProgram program) {
    return GpuBarriers.calledIn(program.entry());
  }

  @Override
  public void recordFailure(FunctionScope scope, FailureKind kind, LLVMValueRef index, LLVMValueRef length, int site) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef frameType = HostFrame.type(scope.module().context(), scope.types());
    LLVMValueRef launch = LLVMBuildLoad2(builder, scope.types().ptr,
        HostFrame.field(builder, frameType, scope.frame(), HostFrame.LAUNCH), "launch");
    LLVMValueRef recorder = FailureRecorder.function(scope.module());
    LLVMValueRef[] args = {launch, LLVMConstInt(scope.types().i32, kind.code(), 0), index, length,
        LLVMConstInt(scope.types().i32, site, 0)};
    LLVMBuildCall2(builder, LLVMGlobalGetValueType(recorder), recorder, Llvm.array(args), args.length, "");
    // The frame itself never escapes, so after inlining its status lives in a register.
    LLVMBuildStore(builder, LLVMConstInt(scope.types().i32, 1, 0),
        HostFrame.field(builder, frameType, scope.frame(), HostFrame.STATUS));
  }

  @Override
  public LLVMValueRef hasFailed(FunctionScope scope) {
    LLVMTypeRef frameType = HostFrame.type(scope.module().context(), scope.types());
    LLVMValueRef status = HostFrame.loadInt(scope.builder(), frameType, scope.types(), scope.frame(), HostFrame.STATUS);
    return LLVMBuildICmp(scope.builder(), LLVMIntNE, status, LLVMConstInt(scope.types().i32, 0, 0), "failed");
  }

  @Override
  public void emitEntryPoint(ModuleScope module, MethodInfo entry, LLVMValueRef kernel, String symbol) {
    new HostEntryPoint(module, entry, kernel, barriersAsCoroutines(module.program())).emit(symbol);
  }

  @Override
  public boolean hasMathLibrary() {
    return true;
  }
}
