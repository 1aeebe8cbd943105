package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.rules.ArrayParameterWrites;
import dev.geobacter.codegen.CodegenFingerprint;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MachineSpec;
import dev.geobacter.codegen.MethodKey;
import dev.geobacter.codegen.Optimizer;
import dev.geobacter.codegen.ir.ModuleLowering;
import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.spi.CompilePhase;
import dev.geobacter.spi.PreparationTimings;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

/**
 * Compiles kernel programs for the host CPU: lowering, the O3 pipeline for the host's CPU and
 * features, machine code as an object file, then linking by ORC. Thread-safe; each compilation
 * uses its own LLVM context.
 */
public final class HostCompiler implements AutoCloseable {
  private final HostTarget target;
  private final HostJit jit;
  private final WorkerPool workers;
  /** Up to a quarter of the heap limit in reusable native buffers for kernel arrays. */
  private final BufferPool buffers = new BufferPool(Runtime.getRuntime().maxMemory() / 4);
  private final Map<String, Long> loaded = new HashMap<>();
  private final AtomicLong compilations = new AtomicLong();

  public HostCompiler() {
    this(Runtime.getRuntime().availableProcessors());
  }

  public HostCompiler(int threads) {
    Llvm.initialize();
    this.target = HostTarget.detect();
    this.jit = new HostJit(target.machine());
    this.workers = new WorkerPool(threads);
  }

  public HostTarget target() {
    return target;
  }

  /** Compiles and links {@code program}: {@link #compileObject} then {@link #load}. */
  public HostKernel compile(KernelProgram program, CodegenOptions options) {
    return load(program, compileObject(program, options));
  }

  /**
   * Lowers, optimizes and generates machine code for {@code program}. The result depends only on
   * the program, the options, this CPU ({@link #targetKey}) and the compiler ({@link #compilerKey}),
   * so it may be kept on disk and {@linkplain #load loaded} by later processes.
   */
  public HostObject compileObject(KernelProgram program, CodegenOptions options) {
    return compileObject(program, options, PreparationTimings.recorder());
  }

  /**
   * {@link #compileObject(KernelProgram, CodegenOptions)}, adding the time of lowering,
   * optimization and machine code generation to {@code timings}.
   */
  public HostObject compileObject(KernelProgram program, CodegenOptions options, PreparationTimings.Recorder timings) {
    String name = MethodKey.of(program.entry()).toString();
    String symbol = "geobacter.kernel." + symbolHash(program, options);
    LLVMContextRef context = LLVMContextCreate();
    LLVMTargetMachineRef machine = TargetMachines.create(target.machine());
    try {
      var lowered = timings.time(CompilePhase.LOWERING,
          () -> ModuleLowering.lower(context, TargetMachines.dataLayout(machine), target, program, options, symbol));
      try {
        timings.time(CompilePhase.OPTIMIZATION, () -> {
          Optimizer.optimize(lowered.module(), machine, options.optimizationLevel(), name);
          return null;
        });
        compilations.incrementAndGet();
        byte[] code = timings.time(CompilePhase.CODEGEN, () -> ObjectEmitter.emit(machine, lowered.module()));
        return new HostObject(symbol, lowered.failureSites(), options.boundsChecks(), code);
      } finally {
        LLVMDisposeModule(lowered.module());
      }
    } finally {
      LLVMDisposeTargetMachine(machine);
      LLVMContextDispose(context);
    }
  }

  /** Links {@code object} (compiled from {@code program}) into this compiler's JIT, once per symbol. */
  public HostKernel load(KernelProgram program, HostObject object) {
    return load(program, object, PreparationTimings.recorder());
  }

  /** {@link #load(KernelProgram, HostObject)}, adding the time of linking and lookup to {@code timings}. */
  public HostKernel load(KernelProgram program, HostObject object, PreparationTimings.Recorder timings) {
    return timings.time(CompilePhase.LOAD, () -> link(program, object));
  }

  private HostKernel link(KernelProgram program, HostObject object) {
    long address;
    synchronized (loaded) {
      Long known = loaded.get(object.symbol());
      if (known == null) {
        jit.addObject(object.objectCode(), object.symbol());
        known = jit.lookup(object.symbol());
        loaded.put(object.symbol(), known);
      }
      address = known;
    }
    return new HostKernel(MethodKey.of(program.entry()).toString(), address,
        ArgumentLayout.ofDescriptor(program.entry().getDesc()), object.failureSites(), object.boundsChecked(),
        ArrayParameterWrites.of(program.entry()), workers, buffers);
  }

  /** The CPU the machine code is for, for cache keys: {@code triple/cpu/hash of the CPU features}. */
  public String targetKey() {
    MachineSpec spec = target.machine();
    return spec.triple() + "/" + spec.cpu() + "/" + shortHash(spec.features());
  }

  /** The compiler, for cache keys: a fingerprint of this code generator's classes and the LLVM version. */
  public String compilerKey() {
    return "geobacter-codegen-" + CodegenFingerprint.get() + "/llvm-" + Llvm.version();
  }

  /** How many off-heap array buffers wait for reuse: none while every launch passed its arrays in place. */
  int pooledBuffers() {
    return buffers.pooled();
  }

  /** How many kernels this compiler generated code for (loading cached objects does not count). */
  public long compilations() {
    return compilations.get();
  }

  private static String symbolHash(KernelProgram program, CodegenOptions options) {
    return shortHash(program.contentHash() + "|" + options.key());
  }

  private static String shortHash(String text) {
    byte[] digest = MethodHashes.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, 32);
  }

  /**
   * The kernel's IR for the host, optimized or as lowered, without compiling it to machine code:
   * for tests and for reading what the code generator does.
   */
  public String ir(KernelProgram program, CodegenOptions options, boolean optimized) {
    return inspect(program, options, optimized ? Stage.OPTIMIZED_IR : Stage.LOWERED_IR);
  }

  /** The host assembly of the optimized kernel, as the object file would contain it. */
  public String assembly(KernelProgram program, CodegenOptions options) {
    return inspect(program, options, Stage.ASSEMBLY);
  }

  private enum Stage { LOWERED_IR, OPTIMIZED_IR, ASSEMBLY }

  private String inspect(KernelProgram program, CodegenOptions options, Stage stage) {
    LLVMContextRef context = LLVMContextCreate();
    LLVMTargetMachineRef machine = TargetMachines.create(target.machine());
    try {
      var lowered = ModuleLowering.lower(context, TargetMachines.dataLayout(machine), target, program, options,
          "geobacter.kernel");
      try {
        if (stage != Stage.LOWERED_IR) Optimizer.optimize(lowered.module(), machine, options.optimizationLevel(), "ir");
        return stage == Stage.ASSEMBLY
            ? ObjectEmitter.assembly(machine, lowered.module())
            : Optimizer.print(lowered.module());
      } finally {
        LLVMDisposeModule(lowered.module());
      }
    } finally {
      LLVMDisposeTargetMachine(machine);
      LLVMContextDispose(context);
    }
  }

  @Override
  public void close() {
    workers.close();
    buffers.clear();
    jit.close();
  }
}
