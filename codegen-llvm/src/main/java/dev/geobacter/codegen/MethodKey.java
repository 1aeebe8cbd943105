package dev.geobacter.codegen;

import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.MethodInfo;

/** Identifies a method by declaring class (binary name), name and JVM descriptor. */
public record MethodKey(String owner, String name, String descriptor) {
  public static MethodKey of(MethodInfo method) {
    return new MethodKey(method.getOwner(), method.getName(), method.getDesc());
  }

  public static MethodKey of(Invoke invoke) {
    return new MethodKey(invoke.getOwner(), invoke.getName(), invoke.getDesc());
  }

  /**
   * The LLVM symbol of the method's lowered function: {@code Owner.name(desc)} spelled with
   * letters, digits and {@code _} only, since PTX rejects names with other characters (LLVM's
   * NVPTX backend stops the process on them). Injective: {@code _} always starts an escape,
   * {@code _d} is a dot, {@code _l}/{@code _r} the parentheses, {@code _a} an array bracket,
   * {@code _e} a semicolon, {@code _s} a slash, {@code _D} a dollar sign, {@code __} an underscore,
   * and {@code _uXXXX} any other character. {@code Saxpy.saxpy(F[F)V} is {@code Saxpy_dsaxpy_lF_aF_rV}.
   */
  public String symbol() {
    String text = owner + "." + name + descriptor;
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '_' -> out.append("__");
        case '.' -> out.append("_d");
        case '(' -> out.append("_l");
        case ')' -> out.append("_r");
        case '[' -> out.append("_a");
        case ';' -> out.append("_e");
        case '/' -> out.append("_s");
        case '$' -> out.append("_D");
        default -> {
          if (c < 128 && Character.isLetterOrDigit(c)) out.append(c);
          else out.append("_u").append(String.format("%04x", (int) c));
        }
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return owner + "." + name + descriptor;
  }
}
