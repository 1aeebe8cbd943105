package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;

/** Machine code for an optimized module: a relocatable object file, or its assembly text. */
final class ObjectEmitter {
  private ObjectEmitter() {}

  /** Emits {@code module} (which code generation changes: emit a module once) as an object file. */
  static byte[] emit(LLVMTargetMachineRef machine, LLVMModuleRef module) {
    return emit(machine, module, LLVMObjectFile);
  }

  /** The assembly the object file would contain, in AT&T syntax. */
  static String assembly(LLVMTargetMachineRef machine, LLVMModuleRef module) {
    return new String(emit(machine, module, LLVMAssemblyFile), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] emit(LLVMTargetMachineRef machine, LLVMModuleRef module, int fileType) {
    BytePointer error = new BytePointer((Pointer) null);
    LLVMMemoryBufferRef buffer = new LLVMMemoryBufferRef();
    if (LLVMTargetMachineEmitToMemoryBuffer(machine, module, fileType, error, buffer) != 0) {
      throw new IllegalStateException("LLVM could not generate host machine code (a bug in Geobacter; please "
          + "report it with the kernel): " + Llvm.takeMessage(error));
    }
    try {
      byte[] bytes = new byte[(int) LLVMGetBufferSize(buffer)];
      LLVMGetBufferStart(buffer).get(bytes);
      return bytes;
    } finally {
      LLVMDisposeMemoryBuffer(buffer);
    }
  }
}
