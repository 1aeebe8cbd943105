package dev.geobacter.cli;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.host.HostCompiler;

/** What {@code inspect --target host} prints for the code stages: host LLVM IR and x86-64 assembly. */
final class HostStages {
  private HostStages() {}

  static String render(KernelProgram program, CodegenOptions options, Stage stage) throws StageNotAvailableException {
    HostCompiler compiler;
    try {
      compiler = new HostCompiler(1);
    } catch (LinkageError e) {
      throw StageOutput.llvmMissing(stage, e);
    }
    try {
      return switch (stage) {
        case IR -> compiler.ir(program, options, false);
        case OPTIMIZED -> compiler.ir(program, options, true);
        case ASM -> compiler.assembly(program, options);
        case TREE -> throw new IllegalArgumentException("the typed tree is not generated code");
      };
    } finally {
      compiler.close();
    }
  }
}
