package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.SourcePosition;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.MethodInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The state of lowering one method: its LLVM function and builder, the type table of its typed
 * tree, its local variables (stack slots that mem2reg promotes) and its jump targets.
 */
public final class FunctionScope {
  /** A local variable: its stack slot and Java type. */
  public record LocalSlot(LLVMValueRef address, JavaType type) {}

  private final ModuleScope module;
  private final MethodInfo method;
  private final LLVMValueRef function;
  private final LLVMBuilderRef builder;
  private final LLVMBasicBlockRef allocaBlock;
  private final List<JavaType> typeTable = new ArrayList<>();
  private final Map<Integer, LocalSlot> locals = new HashMap<>();
  private final JumpTargets jumps = new JumpTargets();
  private final Map<Expr, CountedLoop> provenInBounds = new IdentityHashMap<>();
  private int blockCounter;
  private Coroutines coroutine;

  FunctionScope(ModuleScope module, MethodInfo method, LLVMValueRef function, LLVMBuilderRef builder) {
    this.module = module;
    this.method = method;
    this.function = function;
    this.builder = builder;
    for (String descriptor : method.getTypesList()) typeTable.add(JavaType.of(descriptor));
    this.allocaBlock = LLVMAppendBasicBlockInContext(module.context(), function, "entry");
  }

  public ModuleScope module() {
    return module;
  }

  public IrTypes types() {
    return module.types();
  }

  public MethodInfo method() {
    return method;
  }

  public LLVMValueRef function() {
    return function;
  }

  public LLVMBuilderRef builder() {
    return builder;
  }

  public JumpTargets jumps() {
    return jumps;
  }

  /** The target's frame pointer, the hidden first parameter of every lowered function. */
  public LLVMValueRef frame() {
    return LLVMGetParam(function, 0);
  }

  public JavaType type(int index) {
    if (index >= typeTable.size()) {
      throw new IllegalStateException("type index " + index + " outside the type table of " + method.getOwner() + "."
          + method.getName() + " (" + typeTable.size() + " entries): corrupt sidecar");
    }
    return typeTable.get(index);
  }

  public JavaType typeOf(Expr expr) {
    return type(expr.getType());
  }

  public JavaType returnType() {
    return type(method.getReturnType());
  }

  public SourcePosition position(int line, int column) {
    return module.program().positionOf(method, line, column);
  }

  public SourcePosition position(Expr expr) {
    return position(expr.getLine(), expr.getColumn());
  }

  public CodegenException error(Expr expr, String message) {
    return new CodegenException(position(expr), message);
  }

  /** Declares a local in the entry block, where mem2reg can promote it. */
  public LocalSlot declareLocal(int slot, JavaType type, String name) {
    LocalSlot local = new LocalSlot(stackSlot(module.types().value(type), name), type);
    locals.put(slot, local);
    return local;
  }

  /** A stack slot in the entry block, for values the lowering itself keeps (loop counters). */
  public LLVMValueRef stackSlot(LLVMTypeRef type, String name) {
    LLVMBasicBlockRef current = LLVMGetInsertBlock(builder);
    LLVMValueRef first = LLVMGetFirstInstruction(allocaBlock);
    if (first == null || first.isNull()) LLVMPositionBuilderAtEnd(builder, allocaBlock);
    else LLVMPositionBuilderBefore(builder, first);
    LLVMValueRef address = LLVMBuildAlloca(builder, type, name);
    LLVMPositionBuilderAtEnd(builder, current);
    return address;
  }

  public LocalSlot local(int slot, Expr use) {
    LocalSlot local = locals.get(slot);
    if (local == null) {
      throw new IllegalStateException("local slot " + slot + " used before its declaration at " + position(use)
          + ": corrupt sidecar");
    }
    return local;
  }

  /**
   * Lowers {@code body} with the provable array accesses of {@code loop} (tree nodes, by identity)
   * known to be in bounds, so they get no check there.
   */
  void withProvenInBounds(CountedLoop loop, Runnable body) {
    loop.provableAccesses().forEach(access -> provenInBounds.put(access, loop));
    try {
      body.run();
    } finally {
      loop.provableAccesses().forEach(provenInBounds::remove);
    }
  }

  /** The loop that proved the array access {@code access} in bounds where it is being lowered, or null. */
  CountedLoop inBoundsProof(Expr access) {
    return provenInBounds.get(access);
  }

  LLVMBasicBlockRef allocaBlock() {
    return allocaBlock;
  }

  /** A new block at the end of the function; the name only helps reading IR. */
  public LLVMBasicBlockRef newBlock(String name) {
    return LLVMAppendBasicBlockInContext(module.context(), function, name + "." + blockCounter++);
  }

  public void positionAt(LLVMBasicBlockRef block) {
    LLVMPositionBuilderAtEnd(builder, block);
  }

  /** Whether the current block already ends in a branch or return. */
  public boolean isTerminated() {
    LLVMValueRef terminator = LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(builder));
    return terminator != null && !terminator.isNull();
  }

  /** Branches to {@code target} unless the current block already ended. */
  public void branchTo(LLVMBasicBlockRef target) {
    if (!isTerminated()) LLVMBuildBr(builder, target);
  }

  /**
   * Continues in a fresh block with no predecessors: code after a return, break or continue is
   * still lowered (javac allowed it) but never runs, and LLVM deletes it.
   */
  public void continueUnreachable() {
    positionAt(newBlock("dead"));
  }

  /** Returns the zero value of the return type: how a function stops after a failed check. */
  public void returnZero() {
    JavaType type = returnType();
    emitReturn(type.kind() == JavaType.Kind.VOID ? null : LLVMConstNull(module.types().value(type)));
  }

  /** Returns {@code value} (null in a void method); a coroutine goes to its final suspension instead. */
  public void emitReturn(LLVMValueRef value) {
    if (coroutine != null) coroutine.returnFromKernel();
    else if (value == null) LLVMBuildRetVoid(builder);
    else LLVMBuildRet(builder, value);
  }

  /** Makes this function a coroutine that suspends at barriers; called where the body starts. */
  void startCoroutine() {
    coroutine = new Coroutines(this);
    coroutine.begin();
  }

  /** The coroutine this function is, or null when it is an ordinary function. */
  public Coroutines coroutine() {
    return coroutine;
  }

  public LLVMTypeRef valueType(JavaType type) {
    return module.types().value(type);
  }
}
