package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.LLVMDeleteFunction;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.FailureSites;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.MethodKey;
import dev.geobacter.codegen.Target;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** What the lowering of every function in one LLVM module shares. */
public final class ModuleScope {
  private final LLVMContextRef context;
  private final LLVMModuleRef module;
  private final IrTypes types;
  private final Target target;
  private final KernelProgram program;
  private final CodegenOptions options;
  private final FailureSites failureSites;
  private final Map<MethodKey, LLVMValueRef> functions = new HashMap<>();
  /** Methods whose functions were asked for (so some lowered code calls them), in that order. */
  private final Set<MethodKey> referenced = new HashSet<>();
  private final Deque<MethodKey> referencedNotLowered = new ArrayDeque<>();

  ModuleScope(LLVMContextRef context, LLVMModuleRef module, Target target, KernelProgram program, CodegenOptions options,
      FailureSites failureSites) {
    this.context = context;
    this.module = module;
    this.types = new IrTypes(context);
    this.target = target;
    this.program = program;
    this.options = options;
    this.failureSites = failureSites;
  }

  public LLVMContextRef context() {
    return context;
  }

  public LLVMModuleRef module() {
    return module;
  }

  public IrTypes types() {
    return types;
  }

  public Target target() {
    return target;
  }

  public KernelProgram program() {
    return program;
  }

  public CodegenOptions options() {
    return options;
  }

  public FailureSites failureSites() {
    return failureSites;
  }

  void declare(MethodKey key, LLVMValueRef function) {
    functions.put(key, function);
  }

  /**
   * The lowered function of a method of the program, or null if the program has no such method.
   * Asking for it is what makes the module lower its body.
   */
  public LLVMValueRef function(MethodKey key) {
    LLVMValueRef function = functions.get(key);
    if (function != null && referenced.add(key)) referencedNotLowered.add(key);
    return function;
  }

  /** The next method asked for whose body has not been handed out for lowering yet, or null. */
  MethodKey nextToLower() {
    return referencedNotLowered.poll();
  }

  /** Deletes the functions of the methods that no lowered code calls. */
  void dropUnreferenced() {
    functions.entrySet().removeIf(entry -> {
      if (referenced.contains(entry.getKey())) return false;
      LLVMDeleteFunction(entry.getValue());
      return true;
    });
  }
}
