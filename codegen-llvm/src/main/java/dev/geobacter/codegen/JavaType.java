package dev.geobacter.codegen;

/**
 * A Java type as codegen sees it: a primitive, {@code void}, a one-dimensional array of a
 * primitive, or some other reference type (which kernels compiled through LLVM cannot use).
 */
public record JavaType(Kind kind, Kind elementKind, String descriptor) {
  /** Kinds of values; {@code ARRAY} carries its element kind separately. */
  public enum Kind {
    BOOLEAN, BYTE, CHAR, SHORT, INT, LONG, FLOAT, DOUBLE, VOID, ARRAY, REFERENCE;

    public boolean isIntegral() {
      return this == BYTE || this == CHAR || this == SHORT || this == INT || this == LONG;
    }

    public boolean isFloating() {
      return this == FLOAT || this == DOUBLE;
    }

    public boolean isPrimitive() {
      return isIntegral() || isFloating() || this == BOOLEAN;
    }

    /** Bits of the value in an LLVM integer or floating-point register (boolean: 1). */
    public int bits() {
      return switch (this) {
        case BOOLEAN -> 1;
        case BYTE -> 8;
        case CHAR, SHORT -> 16;
        case INT, FLOAT -> 32;
        case LONG, DOUBLE -> 64;
        case VOID, ARRAY, REFERENCE -> throw new IllegalArgumentException(this + " has no register width");
      };
    }

    /** Bytes of one array element in memory (booleans are stored as one byte, as Java does). */
    public int storageBytes() {
      return this == BOOLEAN ? 1 : bits() / 8;
    }

    /** The Java spelling, for messages. */
    public String javaName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static JavaType of(String descriptor) {
    if (descriptor.isEmpty()) throw new IllegalArgumentException("empty type descriptor");
    if (descriptor.length() == 2 && descriptor.charAt(0) == '[') {
      Kind element = primitive(descriptor.charAt(1));
      if (element != null && element != Kind.VOID) return new JavaType(Kind.ARRAY, element, descriptor);
    }
    if (descriptor.length() == 1) {
      Kind kind = primitive(descriptor.charAt(0));
      if (kind != null) return new JavaType(kind, null, descriptor);
    }
    return new JavaType(Kind.REFERENCE, null, descriptor);
  }

  private static Kind primitive(char c) {
    return switch (c) {
      case 'Z' -> Kind.BOOLEAN;
      case 'B' -> Kind.BYTE;
      case 'C' -> Kind.CHAR;
      case 'S' -> Kind.SHORT;
      case 'I' -> Kind.INT;
      case 'J' -> Kind.LONG;
      case 'F' -> Kind.FLOAT;
      case 'D' -> Kind.DOUBLE;
      case 'V' -> Kind.VOID;
      default -> null;
    };
  }

  public boolean isArray() {
    return kind == Kind.ARRAY;
  }

  public boolean isPrimitive() {
    return kind.isPrimitive();
  }

  /** How a programmer writes this type: {@code int}, {@code float[]}, {@code java.lang.String}. */
  public String javaName() {
    return switch (kind) {
      case ARRAY -> elementKind.javaName() + "[]";
      case REFERENCE -> readableReference(descriptor);
      default -> kind.javaName();
    };
  }

  private static String readableReference(String descriptor) {
    int dims = 0;
    while (dims < descriptor.length() && descriptor.charAt(dims) == '[') dims++;
    String base = descriptor.substring(dims);
    String name = base.startsWith("L") && base.endsWith(";")
        ? base.substring(1, base.length() - 1).replace('/', '.')
        : base.length() == 1 && primitive(base.charAt(0)) != null ? primitive(base.charAt(0)).javaName() : base;
    return name + "[]".repeat(dims);
  }

  /** Splits a method descriptor into its parameter descriptors. */
  public static java.util.List<String> parameterDescriptors(String methodDescriptor) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int i = 1;
    int end = methodDescriptor.indexOf(')');
    while (i < end) {
      int start = i;
      while (methodDescriptor.charAt(i) == '[') i++;
      if (methodDescriptor.charAt(i) == 'L') i = methodDescriptor.indexOf(';', i);
      i++;
      out.add(methodDescriptor.substring(start, i));
    }
    return out;
  }

  public static String returnDescriptor(String methodDescriptor) {
    return methodDescriptor.substring(methodDescriptor.indexOf(')') + 1);
  }
}
