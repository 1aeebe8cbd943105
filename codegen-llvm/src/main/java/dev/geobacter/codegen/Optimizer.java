package dev.geobacter.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

/**
 * Runs the new pass manager's {@code default<On>} pipeline over a whole module for a target
 * machine (so the vectorizers know the CPU's vector width).
 *
 * <p>At level 3 a short prelude runs first: it inlines the kernel into the launch loop and runs
 * inductive range check elimination ({@code irce}), which splits a loop whose bounds checks are
 * provably true for a middle range of iterations into a check-free main loop plus short pre and
 * post loops that keep the checks. {@code default<O3>} alone never runs irce, so checked kernels
 * stayed scalar; with it a checked saxpy is vectorized like an unchecked one. Before the loops are
 * rotated, {@code infer-address-spaces} turns generic accesses into global ones on NVPTX (so the
 * 16-byte alignment promised for array data reaches the loads and the vectorizer can widen them;
 * no effect on the host), and {@code early-cse} shares subexpressions between a loop's condition
 * and its body (mandelbrot's {@code zr * zr}), which rotation would otherwise split between
 * iterations.
 *
 * <p>Set the system property {@value #DUMP_PROPERTY} to a directory to get each kernel's IR
 * before ({@code NAME.lowered.ll}) and after ({@code NAME.optimized.ll}) optimization.
 * {@link PollyExperiment} (off by default) runs the same pipeline with Polly's passes registered.
 */
public final class Optimizer {
  public static final String DUMP_PROPERTY = "geobacter.codegen.dumpIr";

  /** Inlining and loop canonicalization, then irce, ahead of {@code default<O3>}. */
  static final String RANGE_CHECK_PRELUDE = "function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg),cgscc(inline),"
      + "function(infer-address-spaces,sroa,instcombine<no-verify-fixpoint>,simplifycfg,early-cse,loop-simplify,lcssa,loop-rotate,irce)";

  private Optimizer() {}

  public static void optimize(LLVMModuleRef module, LLVMTargetMachineRef machine, int level, String dumpName) {
    dump(module, dumpName, "lowered");
    LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
    try {
      LLVMPassBuilderOptionsSetLoopVectorization(options, 1);
      LLVMPassBuilderOptionsSetSLPVectorization(options, 1);
      String pipeline = pipeline(level);
      if (PollyExperiment.enabled()) PollyExperiment.run(module, pipeline, machine);
      else Llvm.check(LLVMRunPasses(module, pipeline, machine, options), "the pipeline " + pipeline);
    } finally {
      LLVMDisposePassBuilderOptions(options);
    }
    dump(module, dumpName, "optimized");
  }

  /** The pass pipeline for an optimization level, in {@code opt -passes} syntax. */
  public static String pipeline(int level) {
    return level == 3 ? RANGE_CHECK_PRELUDE + ",default<O3>" : "default<O" + level + ">";
  }

  /** The module's textual IR. */
  public static String print(LLVMModuleRef module) {
    return Llvm.takeMessage(LLVMPrintModuleToString(module));
  }

  private static void dump(LLVMModuleRef module, String name, String stage) {
    String directory = System.getProperty(DUMP_PROPERTY);
    if (directory == null || directory.isBlank()) return;
    Path file = Path.of(directory).resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + stage + ".ll");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, print(module));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the IR dump requested by -D" + DUMP_PROPERTY + " to " + file, e);
    }
  }
}
