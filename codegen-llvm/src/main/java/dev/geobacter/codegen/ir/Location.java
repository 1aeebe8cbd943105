package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.SourcePosition;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The target of an assignment, compound assignment or ++/--: a local variable or an array
 * element. An element's array and index are evaluated when the location is made; its bounds are
 * checked on first access, which gives Java's order for both {@code a[i] = f()} (checked after
 * {@code f()}) and {@code a[i] += f()} (checked before).
 */
sealed interface Location {
  JavaType type();

  LLVMValueRef load();

  void store(LLVMValueRef value);

  /** A local variable's stack slot. */
  record Local(FunctionScope scope, FunctionScope.LocalSlot slot) implements Location {
    @Override
    public JavaType type() {
      return slot.type();
    }

    @Override
    public LLVMValueRef load() {
      return LLVMBuildLoad2(scope.builder(), scope.valueType(slot.type()), slot.address(), "");
    }

    @Override
    public void store(LLVMValueRef value) {
      LLVMBuildStore(scope.builder(), value, slot.address());
    }
  }

  /** {@code array[index]}, with the address computed (and checked) once. */
  final class Element implements Location {
    private final FunctionScope scope;
    private final JavaType elementType;
    private final LLVMValueRef array;
    private final LLVMValueRef index;
    private final SourcePosition position;
    private LLVMValueRef address;

    Element(FunctionScope scope, JavaType elementType, LLVMValueRef array, LLVMValueRef index,
        SourcePosition position) {
      this.scope = scope;
      this.elementType = elementType;
      this.array = array;
      this.index = index;
      this.position = position;
    }

    /** An element whose address is already known to be in bounds. */
    static Element proven(FunctionScope scope, JavaType elementType, LLVMValueRef address) {
      Element element = new Element(scope, elementType, null, null, null);
      element.address = address;
      return element;
    }

    private LLVMValueRef address() {
      if (address == null) {
        address = ArrayElements.checkedAddress(scope, array, index, elementType.kind(), position);
      }
      return address;
    }

    @Override
    public JavaType type() {
      return elementType;
    }

    @Override
    public LLVMValueRef load() {
      return ArrayElements.load(scope, address(), elementType.kind());
    }

    @Override
    public void store(LLVMValueRef value) {
      ArrayElements.store(scope, address(), value, elementType.kind());
    }
  }
}
