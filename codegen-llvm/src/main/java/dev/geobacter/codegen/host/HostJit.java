package dev.geobacter.codegen.host;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MachineSpec;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMOrcDefinitionGeneratorRef;
import org.bytedeco.llvm.LLVM.LLVMOrcJITDylibRef;
import org.bytedeco.llvm.LLVM.LLVMOrcLLJITRef;

/**
 * An ORC LLJIT for the host CPU that links compiled kernels' object code, resolving their external
 * symbols against the process (the C library's math and memory functions). Code stays until the
 * JIT is closed.
 */
final class HostJit implements AutoCloseable {
  private final LLVMOrcLLJITRef jit;
  private final LLVMOrcJITDylibRef mainDylib;
  private boolean closed;

  HostJit(MachineSpec spec) {
    Llvm.initialize();
    var builder = LLVMOrcCreateLLJITBuilder();
    // The JIT takes ownership of the machine builder, and the builder of the target machine.
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(builder,
        LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(TargetMachines.create(spec)));
    jit = new LLVMOrcLLJITRef();
    Llvm.check(LLVMOrcCreateLLJIT(jit, builder), "creating the host JIT");
    mainDylib = LLVMOrcLLJITGetMainJITDylib(jit);
    LLVMOrcDefinitionGeneratorRef generator = new LLVMOrcDefinitionGeneratorRef();
    Llvm.check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(generator, LLVMOrcLLJITGetGlobalPrefix(jit), null,
        null), "resolving process symbols in the host JIT");
    LLVMOrcJITDylibAddGenerator(mainDylib, generator);
  }

  /** Links an object file into the JIT; its symbols become visible to {@link #lookup}. */
  synchronized void addObject(byte[] objectCode, String name) {
    requireOpen();
    BytePointer bytes = new BytePointer(objectCode.length);
    bytes.put(objectCode);
    // The JIT takes ownership of the buffer, which holds its own copy of the bytes.
    var buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes, objectCode.length, new BytePointer(name));
    Llvm.check(LLVMOrcLLJITAddObjectFile(jit, mainDylib, buffer), "linking " + name + " into the host JIT");
  }

  /** Compiles (on first lookup) and returns the address of {@code symbol}. */
  synchronized long lookup(String symbol) {
    requireOpen();
    long[] address = new long[1];
    Llvm.check(LLVMOrcLLJITLookup(jit, address, symbol), "looking up " + symbol + " in the host JIT");
    return address[0];
  }

  private void requireOpen() {
    if (closed) throw new IllegalStateException("the host JIT is closed");
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    Llvm.check(LLVMOrcDisposeLLJIT(jit), "disposing the host JIT");
  }
}
