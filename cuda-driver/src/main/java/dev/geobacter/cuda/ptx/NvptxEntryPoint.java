package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.ir.IrTypes;
import dev.geobacter.codegen.ir.ModuleScope;
import dev.geobacter.metadata.proto.MethodInfo;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Emits the PTX kernel ({@code ptx_kernel} calling convention) that each GPU thread enters: its
 * parameters follow {@link KernelParameterLayout}, pointers in the global address space. It builds
 * the thread's {@link NvptxFrame}, turns the parameters back into Java values (narrow integers,
 * booleans, {@code {ptr, length}} arrays) and calls the kernel method's function, which O3 inlines.
 */
final class NvptxEntryPoint {
  /** {@code LLVMPTXKernelCallConv}: the function is a {@code .entry}. */
  static final int PTX_KERNEL_CALLING_CONVENTION = 71;
  static final int GLOBAL_ADDRESS_SPACE = 1;
  /** The alignment promised for array data: the widest PTX vector access (16 bytes), well below the driver's 256. */
  static final int ARRAY_DATA_ALIGNMENT = 16;

  private final ModuleScope module;
  private final IrTypes types;
  private final KernelParameterLayout layout;

  NvptxEntryPoint(ModuleScope module, MethodInfo entry) {
    this.module = module;
    this.types = module.types();
    this.layout = KernelParameterLayout.ofDescriptor(entry.getDesc());
  }

  void emit(LLVMValueRef kernel, String symbol) {
    LLVMTypeRef global = LLVMPointerTypeInContext(module.context(), GLOBAL_ADDRESS_SPACE);
    LLVMTypeRef[] parameterTypes = layout.slots().stream().map(slot -> switch (slot) {
      case I32 -> types.i32;
      case I64 -> types.i64;
      case F32 -> types.f32;
      case F64 -> types.f64;
      case POINTER -> global;
    }).toArray(LLVMTypeRef[]::new);
    LLVMValueRef function = LLVMAddFunction(module.module(), symbol,
        LLVMFunctionType(types.voidType, Llvm.array(parameterTypes), parameterTypes.length, 0));
    LLVMSetFunctionCallConv(function, PTX_KERNEL_CALLING_CONVENTION);
    int nounwind = LLVMGetEnumAttributeKindForName("nounwind", "nounwind".length());
    LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(module.context(), nounwind, 0));
    markArrayDataAligned(function);
    LLVMBuilderRef builder = LLVMCreateBuilderInContext(module.context());
    try {
      LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(module.context(), function, "entry"));
      LLVMTypeRef frameType = NvptxFrame.type(module.context(), types);
      LLVMValueRef frame = LLVMBuildAlloca(builder, frameType, "frame");
      LLVMBuildStore(builder, LLVMConstInt(types.i32, 0, 0), NvptxFrame.field(builder, frameType, frame, NvptxFrame.STATUS));
      LLVMValueRef status = generic(builder, LLVMGetParam(function, layout.statusSlot()));
      LLVMBuildStore(builder, status, NvptxFrame.field(builder, frameType, frame, NvptxFrame.LAUNCH_STATUS));
      List<LLVMValueRef> arguments = new ArrayList<>();
      arguments.add(frame);
      for (int i = 0; i < layout.parameters().size(); i++) arguments.add(argument(builder, function, i));
      LLVMBuildCall2(builder, LLVMGlobalGetValueType(kernel), kernel, Llvm.array(arguments.toArray(LLVMValueRef[]::new)),
          arguments.size(), "");
      LLVMBuildRetVoid(builder);
    } finally {
      LLVMDisposeBuilder(builder);
    }
  }

  /**
   * Every array reaches a kernel at the start of its own device allocation ({@code cuMemAlloc}
   * aligns to 256 bytes) or as null when empty. Saying so lets the load/store vectorizer join
   * neighbouring elements into one wide access ({@code ld.global.v4.f32} for {@code a[4 * i + 0..3]}).
   */
  private void markArrayDataAligned(LLVMValueRef function) {
    int align = LLVMGetEnumAttributeKindForName("align", "align".length());
    for (int i = 0; i < layout.parameters().size(); i++) {
      if (layout.parameters().get(i).kind() != JavaType.Kind.ARRAY) continue;
      // Attribute indexes count parameters from 1.
      LLVMAddAttributeAtIndex(function, layout.firstSlot(i) + 1,
          LLVMCreateEnumAttribute(module.context(), align, ARRAY_DATA_ALIGNMENT));
    }
  }

  /** Java parameter {@code index} as the value the lowered kernel function takes. */
  private LLVMValueRef argument(LLVMBuilderRef builder, LLVMValueRef function, int index) {
    JavaType type = layout.parameters().get(index);
    LLVMValueRef first = LLVMGetParam(function, layout.firstSlot(index));
    return switch (type.kind()) {
      case BOOLEAN -> LLVMBuildICmp(builder, LLVMIntNE, first, LLVMConstInt(types.i32, 0, 0), "");
      case BYTE, CHAR, SHORT -> LLVMBuildTrunc(builder, first, types.primitive(type.kind()), "");
      case INT, LONG, FLOAT, DOUBLE -> first;
      case ARRAY -> {
        LLVMValueRef length = LLVMGetParam(function, layout.firstSlot(index) + 1);
        LLVMValueRef array = LLVMBuildInsertValue(builder, LLVMGetUndef(types.array), generic(builder, first), 0, "");
        yield LLVMBuildInsertValue(builder, array, length, 1, "array");
      }
      case VOID, REFERENCE -> throw new IllegalStateException("no kernel argument of type " + type.javaName());
    };
  }

  /** A global pointer as the generic pointer the lowering uses; LLVM infers the space back for loads. */
  private LLVMValueRef generic(LLVMBuilderRef builder, LLVMValueRef globalPointer) {
    return LLVMBuildAddrSpaceCast(builder, globalPointer, types.ptr, "");
  }
}
