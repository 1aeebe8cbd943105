package dev.geobacter.javac;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** JVM descriptors and binary names of erased types and methods: the only place that spells them. */
final class Descriptors {
  static final String OBJECT = "Ljava/lang/Object;";

  private final Types types;
  private final Elements elements;

  Descriptors(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** The descriptor of a type after erasure, e.g. {@code I}, {@code [F}, {@code Ljava/lang/String;}. */
  String of(TypeMirror type) {
    if (type == null) return OBJECT;
    switch (type.getKind()) {
      case BOOLEAN: return "Z";
      case BYTE: return "B";
      case SHORT: return "S";
      case CHAR: return "C";
      case INT: return "I";
      case LONG: return "J";
      case FLOAT: return "F";
      case DOUBLE: return "D";
      case VOID: return "V";
      case ARRAY: return "[" + of(((ArrayType) type).getComponentType());
      case DECLARED: return "L" + binaryName((TypeElement) ((DeclaredType) type).asElement()).replace('.', '/') + ";";
      case TYPEVAR:
      case WILDCARD:
      case UNION:
        return of(types.erasure(type));
      case INTERSECTION: {
        List<? extends TypeMirror> bounds = ((IntersectionType) type).getBounds();
        return bounds.isEmpty() ? OBJECT : of(bounds.get(0));
      }
      case EXECUTABLE: return ofMethodType((ExecutableType) types.erasure(type));
      default:
        // null type, error types, packages, modules, none: no value of these reaches the JVM as such
        return OBJECT;
    }
  }

  /** The erased JVM descriptor of a method or constructor, e.g. {@code (F[F[F)V}. */
  String ofMethod(ExecutableElement method) {
    return ofMethodType((ExecutableType) types.erasure(method.asType()));
  }

  private String ofMethodType(ExecutableType method) {
    StringBuilder descriptor = new StringBuilder("(");
    for (TypeMirror parameter : method.getParameterTypes()) descriptor.append(of(parameter));
    return descriptor.append(')').append(of(method.getReturnType())).toString();
  }

  /** The binary name, e.g. {@code pkg.Outer$Inner}. */
  String binaryName(TypeElement type) {
    return elements.getBinaryName(type).toString();
  }
}
