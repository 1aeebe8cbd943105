package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.Llvm;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;

/**
 * The LLVM types of Java values in one context. Primitives map to their registers (boolean to
 * {@code i1}); a one-dimensional array is the value {@code {ptr data, i32 length}}, so passing
 * it costs nothing once inlined and its length is always at hand for bounds checks.
 */
public final class IrTypes {
  public final LLVMTypeRef i1;
  public final LLVMTypeRef i8;
  public final LLVMTypeRef i16;
  public final LLVMTypeRef i32;
  public final LLVMTypeRef i64;
  public final LLVMTypeRef f32;
  public final LLVMTypeRef f64;
  public final LLVMTypeRef ptr;
  public final LLVMTypeRef voidType;
  public final LLVMTypeRef array;

  public IrTypes(LLVMContextRef context) {
    i1 = LLVMInt1TypeInContext(context);
    i8 = LLVMInt8TypeInContext(context);
    i16 = LLVMInt16TypeInContext(context);
    i32 = LLVMInt32TypeInContext(context);
    i64 = LLVMInt64TypeInContext(context);
    f32 = LLVMFloatTypeInContext(context);
    f64 = LLVMDoubleTypeInContext(context);
    ptr = LLVMPointerTypeInContext(context, 0);
    voidType = LLVMVoidTypeInContext(context);
    array = LLVMStructTypeInContext(context, Llvm.array(ptr, i32), 2, 0);
  }

  /** The type of a value of {@code type} in a register. */
  public LLVMTypeRef value(JavaType type) {
    return switch (type.kind()) {
      case ARRAY -> array;
      case VOID -> voidType;
      case REFERENCE -> throw new IllegalArgumentException("no LLVM value type for " + type.javaName());
      default -> primitive(type.kind());
    };
  }

  public LLVMTypeRef primitive(JavaType.Kind kind) {
    return switch (kind) {
      case BOOLEAN -> i1;
      case BYTE -> i8;
      case CHAR, SHORT -> i16;
      case INT -> i32;
      case LONG -> i64;
      case FLOAT -> f32;
      case DOUBLE -> f64;
      case VOID, ARRAY, REFERENCE -> throw new IllegalArgumentException(kind + " is not a primitive");
    };
  }

  /** The in-memory type of an array element: booleans take a byte, as in Java arrays. */
  public LLVMTypeRef element(JavaType.Kind kind) {
    return kind == JavaType.Kind.BOOLEAN ? i8 : primitive(kind);
  }

  public static boolean isSigned(JavaType.Kind kind) {
    return kind != JavaType.Kind.CHAR && kind != JavaType.Kind.BOOLEAN;
  }
}
