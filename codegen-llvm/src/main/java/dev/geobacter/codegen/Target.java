package dev.geobacter.codegen;

import dev.geobacter.codegen.ir.FunctionScope;
import dev.geobacter.codegen.ir.ModuleScope;
import dev.geobacter.metadata.proto.MethodInfo;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * What differs between the devices one lowering serves: the machine to generate code for, how a
 * work-item finds its ids, barriers, how a failed check is recorded, and which math functions the
 * target can call. Every lowered function receives the target's opaque <em>frame</em> pointer as
 * its first parameter ({@link FunctionScope#frame()}); the target decides what it points to.
 */
public interface Target {
  /** Short name used in messages and cache keys, e.g. {@code host}. */
  String name();

  MachineSpec machine();

  /** The value of a {@code Gpu} work-item query for dimension 0, 1 or 2 (an {@code i32}). */
  LLVMValueRef workItem(FunctionScope scope, WorkItemQuery query, int dimension);

  /** Emits a work-group barrier, or throws {@link CodegenException} where the target has none yet. */
  void barrier(FunctionScope scope, SourcePosition position);

  /**
   * Records a failed check ({@code index} and {@code length} are {@code i32} values, zero when
   * not applicable) and marks this work-item as failed; the lowering then returns at once.
   */
  void recordFailure(FunctionScope scope, FailureKind kind, LLVMValueRef index, LLVMValueRef length, int site);

  /** An {@code i1} that is true once this work-item has recorded a failure (checked after calls). */
  LLVMValueRef hasFailed(FunctionScope scope);

  /**
   * Adds the exported function that launches {@code kernel} (the internal function of the entry
   * method) under {@code symbol}: a loop over work-items on a CPU, a kernel entry on a GPU.
   */
  void emitEntryPoint(ModuleScope module, MethodInfo entry, LLVMValueRef kernel, String symbol);

  /**
   * Whether the entry method is lowered as a coroutine that suspends at each {@code Gpu.barrier()}
   * (for targets that run a work-group's work-items on one thread). The entry's function then
   * returns the coroutine handle ({@code ptr}) instead of its Java result.
   */
  default boolean barriersAsCoroutines(KernelProgram program) {
    return false;
  }

  /** Whether the C math library ({@code sin}, {@code exp}, ...) can be called from kernel code. */
  boolean hasMathLibrary();

  /**
   * How many times to unroll the check-free copy of a counted loop whose accesses were proven in
   * bounds, or 0 to leave the choice to LLVM's heuristics.
   */
  default int provenLoopUnrollCount() {
    return 0;
  }
}
