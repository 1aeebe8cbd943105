package dev.geobacter.cli;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.cuda.ptx.PtxCompiler;

/**
 * What {@code inspect --target sm_NN} prints for the code stages: the NVPTX LLVM IR and the PTX
 * the NVIDIA backend would hand to the driver for that architecture. Needs LLVM, not a GPU.
 */
final class PtxStages {
  private PtxStages() {}

  static String render(KernelProgram program, InspectTarget target, CodegenOptions options, Stage stage)
      throws StageNotAvailableException {
    int[] capability = target.computeCapability();
    PtxCompiler compiler = PtxCompiler.forComputeCapability(capability[0], capability[1]);
    try {
      return switch (stage) {
        case IR -> compiler.ir(program, options, false);
        case OPTIMIZED -> compiler.ir(program, options, true);
        case ASM -> compiler.compile(program, options).ptx();
        case TREE -> throw new IllegalArgumentException("the typed tree is not generated code");
      };
    } catch (LinkageError e) {
      throw StageOutput.llvmMissing(stage, e);
    }
  }
}
