package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.FailureSites;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MethodKey;
import dev.geobacter.codegen.Target;
import dev.geobacter.metadata.proto.MethodInfo;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Lowers a whole kernel program into one LLVM module: every method the entry reaches on this target
 * becomes an internal function, and the target adds the one exported entry point that launches the
 * kernel.
 */
public final class ModuleLowering {
  /** The module and what the launcher needs to interpret the failures its code records. */
  public record LoweredModule(LLVMModuleRef module, String entrySymbol, FailureSites failureSites) {}

  private ModuleLowering() {}

  /**
   * Lowers {@code program} into a new module of {@code context} with the given data layout; the
   * exported entry point is named {@code entrySymbol}. The module is verified before it is returned.
   */
  public static LoweredModule lower(LLVMContextRef context, String dataLayout, Target target, KernelProgram program,
      CodegenOptions options, String entrySymbol) {
    Llvm.initialize();
    LLVMModuleRef module = LLVMModuleCreateWithNameInContext(MethodKey.of(program.entry()).toString(), context);
    try {
      LLVMSetTarget(module, target.machine().triple());
      LLVMSetDataLayout(module, dataLayout);
      FailureSites sites = new FailureSites();
      ModuleScope scope = new ModuleScope(context, module, target, program, options, sites);
      int nounwind = LLVMGetEnumAttributeKindForName("nounwind", "nounwind".length());
      boolean coroutine = target.barriersAsCoroutines(program);
      for (MethodInfo method : program.methods()) {
        MethodKey key = MethodKey.of(method);
        boolean isCoroutine = coroutine && key.equals(MethodKey.of(program.entry()));
        LLVMValueRef function = LLVMAddFunction(module, key.symbol(),
            FunctionLowering.signature(scope, method, isCoroutine));
        LLVMSetLinkage(function, LLVMInternalLinkage);
        LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(context, nounwind, 0));
        scope.declare(key, function);
      }
      // Bodies are lowered from the entry on, as calls reach them: a method of the graph that this
      // target never calls (the kernel-math substitutes where the target has a C math library) is
      // not lowered at all, and its declaration is dropped.
      MethodKey entryKey = MethodKey.of(program.entry());
      scope.function(entryKey);
      for (MethodKey key = scope.nextToLower(); key != null; key = scope.nextToLower()) {
        MethodInfo method = program.find(key).orElseThrow();
        FunctionLowering.lowerBody(scope, method, scope.function(key), coroutine && key.equals(entryKey));
      }
      scope.dropUnreferenced();
      target.emitEntryPoint(scope, program.entry(), scope.function(entryKey), entrySymbol);
      verify(module);
      return new LoweredModule(module, entrySymbol, sites);
    } catch (RuntimeException e) {
      LLVMDisposeModule(module);
      throw e;
    }
  }

  /** Throws with LLVM's explanation when the module is malformed: always a code generator bug. */
  public static void verify(LLVMModuleRef module) {
    BytePointer message = new BytePointer((org.bytedeco.javacpp.Pointer) null);
    if (LLVMVerifyModule(module, LLVMReturnStatusAction, message) != 0) {
      throw new IllegalStateException("the code generator produced invalid LLVM IR (a bug in Geobacter; please "
          + "report it with the kernel): " + Llvm.takeMessage(message));
    }
    Llvm.takeMessage(message);
  }
}
