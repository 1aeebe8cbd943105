package dev.geobacter.codegen.testing;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java source of one class that calls many JDK intrinsics, batched so that one javac run and
 * one LLVM compilation per method shape cover them all: a kernel per descriptor
 * ({@code (DD)D} becomes {@code static void k_DD_D(int op, double[] a0, double[] a1, double[] out)})
 * whose {@code switch (op)} has one case per intrinsic of that shape, writing
 * {@code out[i] = Owner.name(a0[i], a1[i])}. Each kernel is also passed to
 * {@code Geobacter.kernelInstance}, so the plugin checks it against the kernel rules.
 */
public final class IntrinsicKernels {
  public static final String CLASS_NAME = "IntrinsicCalls";

  /** Where {@code intrinsic} is called: the kernel of its shape, its case in the switch, its source line. */
  public record Site(MethodRef intrinsic, String kernel, int op, int line) {
    /** The parameter types as descriptor letters, e.g. "DD". */
    public String parameterTypes() {
      return parameterTypes(intrinsic.getDesc());
    }

    /** The return type's descriptor letter. */
    public char resultType() {
      return intrinsic.getDesc().charAt(intrinsic.getDesc().length() - 1);
    }

    static String parameterTypes(String desc) {
      return desc.substring(1, desc.indexOf(')'));
    }
  }

  private final String source;
  private final Map<MethodRef, Site> sites;

  private IntrinsicKernels(String source, Map<MethodRef, Site> sites) {
    this.source = source;
    this.sites = sites;
  }

  /** Kernels calling each of {@code intrinsics} (JDK static methods on primitives, not the Gpu ones). */
  public static IntrinsicKernels of(List<MethodRef> intrinsics) {
    Map<String, List<MethodRef>> byShape = new LinkedHashMap<>();
    for (MethodRef intrinsic : intrinsics) {
      byShape.computeIfAbsent(intrinsic.getDesc(), d -> new ArrayList<>()).add(intrinsic);
    }
    Lines out = new Lines();
    out.add("import dev.geobacter.Geobacter;");
    out.add("import dev.geobacter.Gpu;");
    out.add("class " + CLASS_NAME + " {");
    Map<MethodRef, Site> sites = new LinkedHashMap<>();
    for (Map.Entry<String, List<MethodRef>> shape : byShape.entrySet()) {
      String desc = shape.getKey();
      String kernel = kernelName(desc);
      String parameters = Site.parameterTypes(desc);
      StringBuilder signature = new StringBuilder("  static void " + kernel + "(int op");
      List<String> arguments = new ArrayList<>();
      for (int p = 0; p < parameters.length(); p++) {
        signature.append(", ").append(javaType(parameters.charAt(p))).append("[] a").append(p);
        arguments.add("a" + p + "[i]");
      }
      signature.append(", ").append(javaType(desc.charAt(desc.length() - 1))).append("[] out) {");
      out.add(signature.toString());
      out.add("    int i = Gpu.globalId(0);");
      out.add("    if (i >= out.length) return;");
      out.add("    switch (op) {");
      int op = 0;
      for (MethodRef intrinsic : shape.getValue()) {
        int line = out.add("      case " + op + ": out[i] = " + intrinsic.getOwner() + "." + intrinsic.getName() + "("
            + String.join(", ", arguments) + "); break;");
        sites.put(intrinsic, new Site(intrinsic, kernel, op++, line));
      }
      out.add("      default: break;");
      out.add("    }");
      out.add("  }");
    }
    out.add("  static void kernelsCheckedByThePlugin() {");
    for (String desc : byShape.keySet()) out.add("    Geobacter.kernelInstance(" + CLASS_NAME + "::" + kernelName(desc) + ");");
    out.add("  }");
    out.add("}");
    return new IntrinsicKernels(out.text(), sites);
  }

  public String source() {
    return source;
  }

  public Site site(MethodRef intrinsic) {
    Site site = sites.get(intrinsic);
    if (site == null) throw new IllegalArgumentException("no kernel calls " + intrinsic);
    return site;
  }

  /** The kernel of one descriptor: {@code (JI)J} gives {@code k_JI_J}. */
  static String kernelName(String desc) {
    return "k_" + Site.parameterTypes(desc) + "_" + desc.charAt(desc.length() - 1);
  }

  static String javaType(char descriptor) {
    return switch (descriptor) {
      case 'Z' -> "boolean";
      case 'I' -> "int";
      case 'J' -> "long";
      case 'F' -> "float";
      case 'D' -> "double";
      default -> throw new IllegalArgumentException("intrinsic kernels handle Z, I, J, F and D, not " + descriptor);
    };
  }

  /** Source text with 1-based line numbers for the positions the host reports. */
  private static final class Lines {
    private final StringBuilder text = new StringBuilder();
    private int count;

    int add(String line) {
      text.append(line).append('\n');
      return ++count;
    }

    String text() {
      return text.toString();
    }
  }
}
