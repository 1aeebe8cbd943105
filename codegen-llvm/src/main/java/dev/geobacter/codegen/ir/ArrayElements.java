package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.JavaType.Kind;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.SourcePosition;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Addresses, loads and stores of array elements. Booleans are bytes in memory and {@code i1}
 * in registers; every access carries the element's natural alignment.
 */
public final class ArrayElements {
  private ArrayElements() {}

  /** The address of {@code array[index]}, checked against the length unless bounds checks are off. */
  public static LLVMValueRef checkedAddress(FunctionScope scope, LLVMValueRef array, LLVMValueRef index, Kind element,
      SourcePosition position) {
    if (scope.module().options().boundsChecks()) {
      LLVMBuilderRef builder = scope.builder();
      LLVMValueRef length = LLVMBuildExtractValue(builder, array, 1, "length");
      // One unsigned comparison also rejects negative indexes.
      LLVMValueRef inBounds = LLVMBuildICmp(builder, LLVMIntULT, index, length, "in.bounds");
      RuntimeChecks.require(scope, inBounds, FailureKind.ARRAY_INDEX_OUT_OF_BOUNDS, index, length, position);
    }
    return address(scope, array, index, element);
  }

  /** The address of {@code array[index]} for an index known to be in bounds. */
  public static LLVMValueRef address(FunctionScope scope, LLVMValueRef array, LLVMValueRef index, Kind element) {
    return addressAtWideIndex(scope, array, LLVMBuildSExt(scope.builder(), index, scope.types().i64, ""), element);
  }

  /** The address of {@code array[wideIndex]} for an {@code i64} index known to be in bounds. */
  public static LLVMValueRef addressAtWideIndex(FunctionScope scope, LLVMValueRef array, LLVMValueRef wideIndex,
      Kind element) {
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef data = LLVMBuildExtractValue(builder, array, 0, "data");
    return LLVMBuildInBoundsGEP2(builder, scope.types().element(element), data, Llvm.array(wideIndex), 1, "element");
  }

  public static LLVMValueRef load(FunctionScope scope, LLVMValueRef address, Kind element) {
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef loaded = LLVMBuildLoad2(builder, scope.types().element(element), address, "");
    LLVMSetAlignment(loaded, element.storageBytes());
    if (element != Kind.BOOLEAN) return loaded;
    return LLVMBuildICmp(builder, LLVMIntNE, loaded, LLVMConstInt(scope.types().i8, 0, 0), "");
  }

  public static void store(FunctionScope scope, LLVMValueRef address, LLVMValueRef value, Kind element) {
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef stored = element == Kind.BOOLEAN ? LLVMBuildZExt(builder, value, scope.types().i8, "") : value;
    LLVMValueRef store = LLVMBuildStore(builder, stored, address);
    LLVMSetAlignment(store, element.storageBytes());
  }
}
