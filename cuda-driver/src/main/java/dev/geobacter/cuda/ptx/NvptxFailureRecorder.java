package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.LLVMAtomicOrderingMonotonic;

import dev.geobacter.codegen.FailureRecorderFunction;
import dev.geobacter.codegen.ir.ModuleScope;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code geobacter_fail(status, ...)}: the shared {@link FailureRecorderFunction} over the
 * {@link LaunchStatus} buffer. Relaxed ordering is enough: the host reads the record only after the
 * whole grid has finished.
 */
final class NvptxFailureRecorder {
  static final String NAME = "geobacter_fail";
  private static final FailureRecorderFunction.Layout LAYOUT = new FailureRecorderFunction.Layout(
      LaunchStatus.FAILED, LaunchStatus.KIND, LaunchStatus.INDEX, LaunchStatus.LENGTH, LaunchStatus.SITE);

  private NvptxFailureRecorder() {}

  static LLVMValueRef function(ModuleScope scope) {
    return FailureRecorderFunction.get(scope, NAME, LAYOUT, LLVMAtomicOrderingMonotonic);
  }
}
