package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MachineSpec;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/** Creates LLVM target machines; the host's from the CPU name and features LLVM detects. */
public final class TargetMachines {
  private TargetMachines() {}

  public static MachineSpec hostSpec() {
    Llvm.initialize();
    String triple = Llvm.takeMessage(LLVMGetDefaultTargetTriple());
    return new MachineSpec(triple, Llvm.takeMessage(LLVMGetHostCPUName()), Llvm.takeMessage(LLVMGetHostCPUFeatures()));
  }

  /** A new machine for {@code spec} at the aggressive code generation level; the caller disposes it. */
  public static LLVMTargetMachineRef create(MachineSpec spec) {
    Llvm.initialize();
    LLVMTargetRef targetRef = new LLVMTargetRef();
    BytePointer error = new BytePointer((Pointer) null);
    if (LLVMGetTargetFromTriple(new BytePointer(spec.triple()), targetRef, error) != 0) {
      throw new IllegalStateException("LLVM has no target for " + spec.triple() + ": " + Llvm.takeMessage(error));
    }
    return LLVMCreateTargetMachine(targetRef, spec.triple(), spec.cpu(), spec.features(), LLVMCodeGenLevelAggressive,
        LLVMRelocPIC, LLVMCodeModelJITDefault);
  }

  /** The data layout string a module for this machine must carry. */
  public static String dataLayout(LLVMTargetMachineRef machine) {
    var layout = LLVMCreateTargetDataLayout(machine);
    try {
      return Llvm.takeMessage(LLVMCopyStringRepOfTargetData(layout));
    } finally {
      LLVMDisposeTargetData(layout);
    }
  }
}
