package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM descriptors and the Java names people read: {@code "[[F"} is {@code float[][]},
 * {@code "Ljava/lang/String;"} is {@code java.lang.String}. Class names stay binary names
 * ({@code pkg.Outer$Inner}), as in stack traces.
 */
public final class Descriptors {
  private Descriptors() {}

  /** Whether {@code desc} is one complete field descriptor (a primitive, class or array type). */
  public static boolean isFieldDescriptor(String desc) {
    return desc != null && !desc.isEmpty() && endOfType(desc, 0, false) == desc.length();
  }

  /** Whether {@code desc} is a well-formed method descriptor such as {@code "(F[F)V"}. */
  public static boolean isMethodDescriptor(String desc) {
    if (desc == null || !desc.startsWith("(")) return false;
    int i = 1;
    while (i < desc.length() && desc.charAt(i) != ')') {
      i = endOfType(desc, i, false);
      if (i < 0) return false;
    }
    if (i >= desc.length()) return false;
    return endOfType(desc, i + 1, true) == desc.length();
  }

  /** The parameter descriptors of a method descriptor, in order. */
  public static List<String> parameterDescriptors(String methodDesc) {
    requireMethodDescriptor(methodDesc);
    List<String> params = new ArrayList<>();
    int i = 1;
    while (methodDesc.charAt(i) != ')') {
      int end = endOfType(methodDesc, i, false);
      params.add(methodDesc.substring(i, end));
      i = end;
    }
    return params;
  }

  /** The return descriptor of a method descriptor ({@code "V"} for void). */
  public static String returnDescriptor(String methodDesc) {
    requireMethodDescriptor(methodDesc);
    return methodDesc.substring(methodDesc.indexOf(')') + 1);
  }

  public static boolean isPrimitive(String desc) {
    return desc.length() == 1 && "ZBCSIJFD".indexOf(desc.charAt(0)) >= 0;
  }

  /** Whether {@code desc} is a one-dimensional array of a primitive type, such as {@code "[F"}. */
  public static boolean isPrimitiveArray(String desc) {
    return desc.length() == 2 && desc.charAt(0) == '[' && isPrimitive(desc.substring(1));
  }

  /** Whether kernel code may hold a value of this type: a primitive or a 1-D primitive array. */
  public static boolean isKernelValueType(String desc) {
    return isPrimitive(desc) || isPrimitiveArray(desc);
  }

  /** The Java name of a field descriptor or {@code "V"}: {@code "[[F"} gives {@code "float[][]"}. */
  public static String javaName(String desc) {
    if (!"V".equals(desc) && !isFieldDescriptor(desc)) {
      throw new IllegalArgumentException("not a JVM type descriptor: '" + desc + "'");
    }
    int dims = 0;
    while (desc.charAt(dims) == '[') dims++;
    String element = desc.substring(dims);
    String name = element.charAt(0) == 'L'
        ? element.substring(1, element.length() - 1).replace('/', '.')
        : primitiveName(element.charAt(0));
    return name + "[]".repeat(dims);
  }

  /** The descriptor of a Java type name: {@code "float[]"} gives {@code "[F"}, {@code "java.lang.String"} gives {@code "Ljava/lang/String;"}. */
  public static String descriptorOf(String javaName) {
    int dims = 0;
    String element = javaName;
    while (element.endsWith("[]")) {
      element = element.substring(0, element.length() - 2);
      dims++;
    }
    if (element.isEmpty()) throw new IllegalArgumentException("not a Java type name: '" + javaName + "'");
    String elementDesc = switch (element) {
      case "boolean" -> "Z";
      case "byte" -> "B";
      case "char" -> "C";
      case "short" -> "S";
      case "int" -> "I";
      case "long" -> "J";
      case "float" -> "F";
      case "double" -> "D";
      case "void" -> {
        if (dims > 0) throw new IllegalArgumentException("no arrays of void: '" + javaName + "'");
        yield "V";
      }
      default -> "L" + element.replace('.', '/') + ";";
    };
    return "[".repeat(dims) + elementDesc;
  }

  /** {@code pkg.Cls.name}: the method without its descriptor, as in a stack trace. */
  public static String qualifiedName(MethodRef method) {
    return method.getOwner() + "." + method.getName();
  }

  /** {@code pkg.Cls.name(float, float[])}: the method with Java parameter types. */
  public static String describe(MethodRef method) {
    String desc = method.getDesc();
    if (!isMethodDescriptor(desc)) return qualifiedName(method) + desc;
    List<String> names = new ArrayList<>();
    for (String param : parameterDescriptors(desc)) names.add(javaName(param));
    return qualifiedName(method) + "(" + String.join(", ", names) + ")";
  }

  /** {@code pkg.Cls.name(I)V}: the exact JVM form. */
  public static String jvmForm(MethodRef method) {
    return qualifiedName(method) + method.getDesc();
  }

  public static MethodRef methodRef(String owner, String name, String desc) {
    return MethodRef.newBuilder().setOwner(owner).setName(name).setDesc(desc).build();
  }

  private static void requireMethodDescriptor(String desc) {
    if (!isMethodDescriptor(desc)) {
      throw new IllegalArgumentException("not a JVM method descriptor: '" + desc + "'");
    }
  }

  /** The index just past the field type starting at {@code start}, or -1 if there is none. */
  private static int endOfType(String desc, int start, boolean allowVoid) {
    int i = start;
    while (i < desc.length() && desc.charAt(i) == '[') i++;
    if (i >= desc.length()) return -1;
    char c = desc.charAt(i);
    if (c == 'V') return allowVoid && i == start ? i + 1 : -1;
    if ("ZBCSIJFD".indexOf(c) >= 0) return i + 1;
    if (c != 'L') return -1;
    int semicolon = desc.indexOf(';', i);
    if (semicolon <= i + 1) return -1;
    for (int k = i + 1; k < semicolon; k++) {
      if (".[()<>".indexOf(desc.charAt(k)) >= 0) return -1;
    }
    return semicolon + 1;
  }

  private static String primitiveName(char c) {
    return switch (c) {
      case 'Z' -> "boolean";
      case 'B' -> "byte";
      case 'C' -> "char";
      case 'S' -> "short";
      case 'I' -> "int";
      case 'J' -> "long";
      case 'F' -> "float";
      case 'D' -> "double";
      case 'V' -> "void";
      default -> throw new IllegalArgumentException("not a primitive descriptor: " + c);
    };
  }
}
