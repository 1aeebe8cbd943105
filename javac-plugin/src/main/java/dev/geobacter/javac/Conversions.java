package dev.geobacter.javac;

import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.Convert;
import dev.geobacter.metadata.proto.Expr;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The JLS conversions (chapter 5) made explicit: each implicit or explicit conversion of a value
 * becomes a Convert node, and numeric promotion (5.6) picks the type operands are converted to.
 */
final class Conversions {
  private final MethodScope scope;
  private final Types types;

  Conversions(MethodScope scope) {
    this.scope = scope;
    this.types = scope.types();
  }

  /**
   * {@code value} (of type {@code from}) converted to {@code to}: identity, primitive widening or
   * narrowing, boxing or unboxing (each followed or preceded by the primitive or reference step the
   * JLS allows), or a reference conversion. Used for assignment, invocation, return, casts and
   * conditional operands alike: javac has already checked the conversion is legal in its context.
   */
  Expr convert(Expr value, TypeMirror from, TypeMirror to) {
    if (from == null || to == null || to.getKind() == TypeKind.VOID) return value;
    String fromDescriptor = scope.descriptors().of(from);
    String toDescriptor = scope.descriptors().of(to);
    if (fromDescriptor.equals(toDescriptor)) return value;
    boolean fromPrimitive = from.getKind().isPrimitive();
    boolean toPrimitive = to.getKind().isPrimitive();
    if (fromPrimitive && toPrimitive) return wrap(value, to, primitiveKind(from.getKind(), to.getKind()));
    if (fromPrimitive) return box(value, from, to);
    if (toPrimitive) return unbox(value, from, to);
    return wrap(value, to, ConversionKind.REFERENCE);
  }

  /** JLS 5.6 in a numeric context of one operand: unboxed, and byte, short and char become int. */
  TypeMirror unaryPromotion(TypeMirror type) {
    TypeMirror unboxed = unboxedOrSelf(type);
    switch (unboxed.getKind()) {
      case BYTE: case SHORT: case CHAR: return types.getPrimitiveType(TypeKind.INT);
      default: return unboxed;
    }
  }

  /** JLS 5.6 for two operands: double, else float, else long, else int. */
  TypeMirror binaryPromotion(TypeMirror left, TypeMirror right) {
    TypeKind a = unboxedOrSelf(left).getKind();
    TypeKind b = unboxedOrSelf(right).getKind();
    TypeKind result;
    if (a == TypeKind.DOUBLE || b == TypeKind.DOUBLE) result = TypeKind.DOUBLE;
    else if (a == TypeKind.FLOAT || b == TypeKind.FLOAT) result = TypeKind.FLOAT;
    else if (a == TypeKind.LONG || b == TypeKind.LONG) result = TypeKind.LONG;
    else result = TypeKind.INT;
    return types.getPrimitiveType(result);
  }

  /** The primitive a box type holds ({@code Integer} to {@code int}); other types unchanged. */
  TypeMirror unboxedOrSelf(TypeMirror type) {
    PrimitiveType unboxed = unboxedOrNull(type);
    return unboxed == null ? type : unboxed;
  }

  /** Whether values of {@code type} are numbers, after unboxing. */
  boolean isNumeric(TypeMirror type) {
    TypeKind kind = unboxedOrSelf(type).getKind();
    return kind.isPrimitive() && kind != TypeKind.BOOLEAN;
  }

  boolean isBoolean(TypeMirror type) {
    return unboxedOrSelf(type).getKind() == TypeKind.BOOLEAN;
  }

  TypeMirror booleanType() {
    return types.getPrimitiveType(TypeKind.BOOLEAN);
  }

  TypeMirror intType() {
    return types.getPrimitiveType(TypeKind.INT);
  }

  /** The kind of the single conversion from one primitive type to another (JLS 5.1.2-5.1.4). */
  static ConversionKind primitiveKind(TypeKind from, TypeKind to) {
    if (from == to) return ConversionKind.NONE;
    if (from == TypeKind.BYTE && to == TypeKind.CHAR) return ConversionKind.WIDENING_AND_NARROWING;
    if (to == TypeKind.CHAR || from == TypeKind.CHAR && rank(to) < rank(TypeKind.INT)) {
      return ConversionKind.NARROWING_PRIMITIVE;
    }
    return rank(from) < rank(to) ? ConversionKind.WIDENING_PRIMITIVE : ConversionKind.NARROWING_PRIMITIVE;
  }

  /** Which conversion turns {@code from} into {@code to}, the first step where there are two. */
  ConversionKind kindOf(TypeMirror from, TypeMirror to) {
    if (scope.descriptors().of(from).equals(scope.descriptors().of(to))) return ConversionKind.NONE;
    boolean fromPrimitive = from.getKind().isPrimitive();
    boolean toPrimitive = to.getKind().isPrimitive();
    if (fromPrimitive && toPrimitive) return primitiveKind(from.getKind(), to.getKind());
    if (fromPrimitive) return ConversionKind.BOXING;
    if (toPrimitive) return ConversionKind.UNBOXING;
    return ConversionKind.REFERENCE;
  }

  private static int rank(TypeKind kind) {
    switch (kind) {
      case BYTE: return 1;
      case SHORT: return 2;
      case CHAR: return 2;
      case INT: return 3;
      case LONG: return 4;
      case FLOAT: return 5;
      case DOUBLE: return 6;
      default: return 0;
    }
  }

  /** Primitive to reference: to the target's own primitive first ({@code Byte b = 3}), box, widen the reference. */
  private Expr box(Expr value, TypeMirror from, TypeMirror to) {
    PrimitiveType targetPrimitive = unboxedOrNull(to);
    Expr primitive = value;
    PrimitiveType boxedPrimitive = (PrimitiveType) from;
    if (targetPrimitive != null && targetPrimitive.getKind() != from.getKind()) {
      primitive = wrap(value, targetPrimitive, primitiveKind(from.getKind(), targetPrimitive.getKind()));
      boxedPrimitive = targetPrimitive;
    }
    TypeMirror boxType = types.boxedClass(boxedPrimitive).asType();
    Expr boxed = wrap(primitive, boxType, ConversionKind.BOXING);
    return scope.descriptors().of(boxType).equals(scope.descriptors().of(to))
        ? boxed : wrap(boxed, to, ConversionKind.REFERENCE);
  }

  /** Reference to primitive: to the box of the target first when needed ({@code (int) object}), unbox, then widen. */
  private Expr unbox(Expr value, TypeMirror from, TypeMirror to) {
    PrimitiveType unboxed = unboxedOrNull(from);
    Expr reference = value;
    if (unboxed == null) {
      unboxed = (PrimitiveType) to;
      reference = wrap(value, types.boxedClass(unboxed).asType(), ConversionKind.REFERENCE);
    }
    Expr primitive = wrap(reference, unboxed, ConversionKind.UNBOXING);
    return unboxed.getKind() == to.getKind()
        ? primitive : wrap(primitive, to, primitiveKind(unboxed.getKind(), to.getKind()));
  }

  private PrimitiveType unboxedOrNull(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return type != null && type.getKind().isPrimitive() ? (PrimitiveType) type : null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    switch (element.getQualifiedName().toString()) {
      case "java.lang.Boolean": return types.getPrimitiveType(TypeKind.BOOLEAN);
      case "java.lang.Byte": return types.getPrimitiveType(TypeKind.BYTE);
      case "java.lang.Short": return types.getPrimitiveType(TypeKind.SHORT);
      case "java.lang.Character": return types.getPrimitiveType(TypeKind.CHAR);
      case "java.lang.Integer": return types.getPrimitiveType(TypeKind.INT);
      case "java.lang.Long": return types.getPrimitiveType(TypeKind.LONG);
      case "java.lang.Float": return types.getPrimitiveType(TypeKind.FLOAT);
      case "java.lang.Double": return types.getPrimitiveType(TypeKind.DOUBLE);
      default: return null;
    }
  }

  private Expr wrap(Expr operand, TypeMirror to, ConversionKind kind) {
    return Expr.newBuilder()
        .setType(scope.typeIndex(to))
        .setLine(operand.getLine())
        .setColumn(operand.getColumn())
        .setConvert(Convert.newBuilder().setKind(kind).setOperand(operand))
        .build();
  }
}
