package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.LLVMAtomicOrderingSequentiallyConsistent;

import dev.geobacter.codegen.FailureRecorderFunction;
import dev.geobacter.codegen.ir.IrTypes;
import dev.geobacter.codegen.ir.ModuleScope;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code geobacter.fail(launch, ...)}: the shared {@link FailureRecorderFunction} over the host's
 * {@link LaunchRecord}; sequentially consistent, since other host threads poll the failed flag to
 * stop starting work-groups.
 */
final class FailureRecorder {
  static final String NAME = "geobacter.fail";
  private static final FailureRecorderFunction.Layout LAYOUT = new FailureRecorderFunction.Layout(
      LaunchRecord.FAILED, LaunchRecord.KIND, LaunchRecord.INDEX, LaunchRecord.LENGTH, LaunchRecord.SITE);

  private FailureRecorder() {}

  static LLVMValueRef function(ModuleScope scope) {
    return FailureRecorderFunction.get(scope, NAME, LAYOUT, LLVMAtomicOrderingSequentiallyConsistent);
  }

  /** The address {@code offset} bytes into the launch record. */
  static LLVMValueRef at(LLVMBuilderRef builder, IrTypes types, LLVMValueRef launch, int offset) {
    return FailureRecorderFunction.at(builder, types, launch, offset);
  }
}
