package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.CodegenFingerprint;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MachineSpec;
import dev.geobacter.codegen.MethodKey;
import dev.geobacter.codegen.Optimizer;
import dev.geobacter.codegen.host.TargetMachines;
import dev.geobacter.codegen.ir.ModuleLowering;
import dev.geobacter.spi.CompilePhase;
import dev.geobacter.spi.PreparationTimings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

/**
 * Compiles kernel programs to PTX with the shared lowering and {@link NvptxTarget}: lower, make the
 * names valid PTX identifiers, run the O3 pipeline for the GPU, emit PTX assembly. Thread-safe;
 * each compilation has its own LLVM context.
 *
 * <p>Set the system property {@value #DUMP_PROPERTY} to a directory to get each kernel's PTX there
 * as {@code <entry symbol>.ptx} (and {@code geobacter.codegen.dumpIr} for its LLVM IR).
 */
public final class PtxCompiler {
  public static final String DUMP_PROPERTY = "geobacter.cuda.dumpPtx";

  private final MachineSpec machine;
  private final NvptxTarget target;

  public PtxCompiler(MachineSpec machine) {
    this.machine = machine;
    this.target = new NvptxTarget(machine);
  }

  /** For the GPU of compute capability {@code major.minor}. */
  public static PtxCompiler forComputeCapability(int major, int minor) {
    return new PtxCompiler(NvptxMachine.forComputeCapability(major, minor));
  }

  public MachineSpec machine() {
    return machine;
  }

  /** The kernel's PTX; throws {@link dev.geobacter.codegen.CodegenException} for code the GPU cannot run. */
  public PtxKernel compile(KernelProgram program, CodegenOptions options) {
    return compile(program, options, PreparationTimings.recorder());
  }

  /** The same, timing lowering, optimization and PTX emission into {@code timings}. */
  public PtxKernel compile(KernelProgram program, CodegenOptions options, PreparationTimings.Recorder timings) {
    String symbol = entrySymbol(program, options);
    LLVMContextRef context = LLVMContextCreate();
    LLVMTargetMachineRef targetMachine = NvptxMachine.create(machine);
    try {
      var lowered = timings.time(CompilePhase.LOWERING, () -> {
        var module = ModuleLowering.lower(context, TargetMachines.dataLayout(targetMachine), target, program, options,
            symbol);
        PtxNames.sanitize(module.module(), symbol);
        return module;
      });
      try {
        timings.time(CompilePhase.OPTIMIZATION, () -> {
          Optimizer.optimize(lowered.module(), targetMachine, options.optimizationLevel(),
              MethodKey.of(program.entry()) + "." + machine.cpu());
          return null;
        });
        String ptx = timings.time(CompilePhase.CODEGEN, () -> {
          ColdBlocksLast.apply(lowered.module());
          return emit(targetMachine, lowered.module());
        });
        dump(symbol, ptx);
        return new PtxKernel(ptx, symbol, KernelParameterLayout.ofDescriptor(program.entry().getDesc()),
            lowered.failureSites());
      } finally {
        LLVMDisposeModule(lowered.module());
      }
    } finally {
      LLVMDisposeTargetMachine(targetMachine);
      LLVMContextDispose(context);
    }
  }

  /**
   * The kernel's LLVM IR for this GPU, as lowered (names already valid PTX identifiers) or after
   * the optimization pipeline, without emitting PTX: for reading what the code generator does.
   */
  public String ir(KernelProgram program, CodegenOptions options, boolean optimized) {
    String symbol = entrySymbol(program, options);
    LLVMContextRef context = LLVMContextCreate();
    LLVMTargetMachineRef targetMachine = NvptxMachine.create(machine);
    try {
      var lowered = ModuleLowering.lower(context, TargetMachines.dataLayout(targetMachine), target, program, options,
          symbol);
      try {
        PtxNames.sanitize(lowered.module(), symbol);
        if (optimized) {
          Optimizer.optimize(lowered.module(), targetMachine, options.optimizationLevel(),
              MethodKey.of(program.entry()) + "." + machine.cpu());
        }
        return Optimizer.print(lowered.module());
      } finally {
        LLVMDisposeModule(lowered.module());
      }
    } finally {
      LLVMDisposeTargetMachine(targetMachine);
      LLVMContextDispose(context);
    }
  }

  /** What besides the program and options the PTX depends on, for cache keys. */
  public String compilerKey() {
    return "geobacter-codegen-" + CodegenFingerprint.get() + "/cuda-" + BackendFingerprint.get() + "/llvm-"
        + Llvm.version() + "/" + machine.cpu() + machine.features();
  }

  /** {@code geobacter_<method>_<hash>}: valid in PTX, readable in profilers, unique per code and options. */
  static String entrySymbol(KernelProgram program, CodegenOptions options) {
    String method = program.entry().getName().replaceAll("[^A-Za-z0-9_]", "_");
    return "geobacter_" + method + "_" + program.contentHash().substring(0, 16)
        + Integer.toHexString(options.key().hashCode());
  }

  private static void dump(String symbol, String ptx) {
    String directory = System.getProperty(DUMP_PROPERTY);
    if (directory == null || directory.isBlank()) return;
    Path file = Path.of(directory, symbol + ".ptx");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, ptx);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PTX dump requested by -D" + DUMP_PROPERTY + " to " + file,
          e);
    }
  }

  private static String emit(LLVMTargetMachineRef machine, LLVMModuleRef module) {
    BytePointer error = new BytePointer((Pointer) null);
    LLVMMemoryBufferRef buffer = new LLVMMemoryBufferRef();
    if (LLVMTargetMachineEmitToMemoryBuffer(machine, module, LLVMAssemblyFile, error, buffer) != 0) {
      throw new IllegalStateException("LLVM could not generate PTX (a bug in Geobacter; please report it with the "
          + "kernel): " + Llvm.takeMessage(error));
    }
    try {
      byte[] bytes = new byte[(int) LLVMGetBufferSize(buffer)];
      LLVMGetBufferStart(buffer).get(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } finally {
      LLVMDisposeMemoryBuffer(buffer);
    }
  }
}
