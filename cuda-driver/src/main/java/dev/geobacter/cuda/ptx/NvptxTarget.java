package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MachineSpec;
import dev.geobacter.codegen.SourcePosition;
import dev.geobacter.codegen.Target;
import dev.geobacter.codegen.WorkItemQuery;
import dev.geobacter.codegen.ir.FunctionScope;
import dev.geobacter.codegen.ir.Intrinsics;
import dev.geobacter.codegen.ir.ModuleScope;
import dev.geobacter.metadata.proto.MethodInfo;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * NVIDIA GPUs through PTX: work-item ids are the special registers ({@code %tid}, {@code %ctaid},
 * {@code %ntid}, {@code %nctaid}, read by {@code llvm.nvvm.read.ptx.sreg.*}), {@code Gpu.barrier()}
 * is {@code bar.sync 0} (in any method, since every work-item is its own thread), failed checks go
 * to the launch's {@link LaunchStatus} buffer. There is no math library: transcendental
 * {@code Math} functions are refused with their position.
 */
public final class NvptxTarget implements Target {
  private static final String[] DIMENSIONS = {"x", "y", "z"};

  private final MachineSpec machine;

  public NvptxTarget(MachineSpec machine) {
    this.machine = machine;
  }

  @Override
  public String name() {
    return "cuda";
  }

  @Override
  public MachineSpec machine() {
    return machine;
  }

  @Override
  public LLVMValueRef workItem(FunctionScope scope, WorkItemQuery query, int dimension) {
    LLVMBuilderRef builder = scope.builder();
    return switch (query) {
      case LOCAL_ID -> register(scope, "tid", dimension);
      case GROUP_ID -> register(scope, "ctaid", dimension);
      case LOCAL_SIZE -> register(scope, "ntid", dimension);
      case NUM_GROUPS -> register(scope, "nctaid", dimension);
      case GLOBAL_ID -> noWrap(LLVMBuildAdd(builder,
          noWrap(LLVMBuildMul(builder, register(scope, "ctaid", dimension), register(scope, "ntid", dimension), "")),
          register(scope, "tid", dimension), "global.id"));
      case GLOBAL_SIZE -> noWrap(LLVMBuildMul(builder, register(scope, "nctaid", dimension),
          register(scope, "ntid", dimension), "global.size"));
    };
  }

  /** {@code Grid} rejects launches past {@code Integer.MAX_VALUE} work-items, so ids never wrap. */
  private static LLVMValueRef noWrap(LLVMValueRef arithmetic) {
    LLVMSetNUW(arithmetic, 1);
    LLVMSetNSW(arithmetic, 1);
    return arithmetic;
  }

  private static LLVMValueRef register(FunctionScope scope, String name, int dimension) {
    return Intrinsics.call(scope, "llvm.nvvm.read.ptx.sreg." + name + "." + DIMENSIONS[dimension], new LLVMTypeRef[0]);
  }

  @Override
  public void barrier(FunctionScope scope, SourcePosition position) {
    Intrinsics.call(scope, "llvm.nvvm.barrier0", new LLVMTypeRef[0]);
  }

  @Override
  public void recordFailure(FunctionScope scope, FailureKind kind, LLVMValueRef index, LLVMValueRef length, int site) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef frameType = NvptxFrame.type(scope.module().context(), scope.types());
    LLVMValueRef status = LLVMBuildLoad2(builder, scope.types().ptr,
        NvptxFrame.field(builder, frameType, scope.frame(), NvptxFrame.LAUNCH_STATUS), "launch.status");
    LLVMValueRef recorder = NvptxFailureRecorder.function(scope.module());
    LLVMValueRef[] args = {status, LLVMConstInt(scope.types().i32, kind.code(), 0), index, length,
        LLVMConstInt(scope.types().i32, site, 0)};
    LLVMBuildCall2(builder, LLVMGlobalGetValueType(recorder), recorder, Llvm.array(args), args.length, "");
    LLVMBuildStore(builder, LLVMConstInt(scope.types().i32, 1, 0),
        NvptxFrame.field(builder, frameType, scope.frame(), NvptxFrame.STATUS));
  }

  @Override
  public LLVMValueRef hasFailed(FunctionScope scope) {
    LLVMBuilderRef builder = scope.builder();
    LLVMTypeRef frameType = NvptxFrame.type(scope.module().context(), scope.types());
    LLVMValueRef status = LLVMBuildLoad2(builder, scope.types().i32,
        NvptxFrame.field(builder, frameType, scope.frame(), NvptxFrame.STATUS), "");
    return LLVMBuildICmp(builder, LLVMIntNE, status, LLVMConstInt(scope.types().i32, 0, 0), "failed");
  }

  @Override
  public void emitEntryPoint(ModuleScope module, MethodInfo entry, LLVMValueRef kernel, String symbol) {
    new NvptxEntryPoint(module, entry).emit(kernel, symbol);
  }

  @Override
  public boolean hasMathLibrary() {
    return false;
  }

  /**
   * Four, as nvcc does for such loops: NVPTX's own threshold (a quarter of the generic one) leaves
   * a loop with a square root and a division in it (n-body's) rolled, paying the counter, compare
   * and branch on every body.
   */
  @Override
  public int provenLoopUnrollCount() {
    return 4;
  }
}
