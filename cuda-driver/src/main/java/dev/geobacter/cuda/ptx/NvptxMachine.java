package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MachineSpec;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/**
 * The NVPTX machine to generate PTX for: triple {@code nvptx64-nvidia-cuda}, the GPU's
 * {@code sm_XY} and the PTX ISA version it needs. A GPU newer than the newest architecture this
 * LLVM knows gets PTX for that architecture, which the driver compiles forward for the GPU.
 */
public final class NvptxMachine {
  public static final String TRIPLE = "nvptx64-nvidia-cuda";

  /** Architectures LLVM 20 knows, newest first, with the PTX ISA feature each one needs ("" = LLVM's default). */
  private static final List<Architecture> KNOWN = List.of(
      new Architecture(120, "+ptx87"), new Architecture(100, "+ptx86"), new Architecture(90, ""),
      new Architecture(89, ""), new Architecture(87, ""), new Architecture(86, ""), new Architecture(80, ""),
      new Architecture(75, ""), new Architecture(72, ""), new Architecture(70, ""), new Architecture(61, ""),
      new Architecture(60, ""), new Architecture(52, ""), new Architecture(50, ""));

  private record Architecture(int sm, String features) {}

  private NvptxMachine() {}

  /** The machine for a GPU of compute capability {@code major.minor}. */
  public static MachineSpec forComputeCapability(int major, int minor) {
    int sm = major * 10 + minor;
    for (Architecture architecture : KNOWN) {
      if (architecture.sm() <= sm) return new MachineSpec(TRIPLE, "sm_" + architecture.sm(), architecture.features());
    }
    throw new IllegalArgumentException("compute capability " + major + "." + minor + " is older than the oldest GPU "
        + "this backend supports (5.0)");
  }

  /** The architectures this backend generates PTX for, oldest first: {@code sm_50} ... {@code sm_120}. */
  public static List<String> architectures() {
    List<String> names = new ArrayList<>();
    for (int i = KNOWN.size() - 1; i >= 0; i--) names.add("sm_" + KNOWN.get(i).sm());
    return List.copyOf(names);
  }

  /** A new LLVM target machine for {@code spec}; the caller disposes it. */
  static LLVMTargetMachineRef create(MachineSpec spec) {
    Llvm.initialize();
    LLVMTargetRef target = new LLVMTargetRef();
    BytePointer error = new BytePointer((Pointer) null);
    if (LLVMGetTargetFromTriple(new BytePointer(spec.triple()), target, error) != 0) {
      throw new IllegalStateException("this LLVM has no NVPTX target (" + Llvm.takeMessage(error) + ")");
    }
    return LLVMCreateTargetMachine(target, spec.triple(), spec.cpu(), spec.features(), LLVMCodeGenLevelAggressive,
        LLVMRelocDefault, LLVMCodeModelDefault);
  }
}
