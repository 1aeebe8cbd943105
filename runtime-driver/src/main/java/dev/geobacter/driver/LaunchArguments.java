package dev.geobacter.driver;

import dev.geobacter.KernelInstance;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.rules.Descriptors;
import java.util.List;
import java.util.Map;

/**
 * Checks launch arguments against the kernel's descriptor. javac already checks them through the
 * {@code KernelN} type parameters; this catches raw types, unchecked casts and nulls, naming the
 * parameter at fault.
 */
final class LaunchArguments {
  private static final Map<String, Class<?>> VALUE_CLASSES = Map.ofEntries(
      Map.entry("Z", Boolean.class), Map.entry("B", Byte.class), Map.entry("C", Character.class),
      Map.entry("S", Short.class), Map.entry("I", Integer.class), Map.entry("J", Long.class),
      Map.entry("F", Float.class), Map.entry("D", Double.class),
      Map.entry("[Z", boolean[].class), Map.entry("[B", byte[].class), Map.entry("[C", char[].class),
      Map.entry("[S", short[].class), Map.entry("[I", int[].class), Map.entry("[J", long[].class),
      Map.entry("[F", float[].class), Map.entry("[D", double[].class));

  private LaunchArguments() {}

  /** @param entry the kernel's typed tree, for parameter names */
  static void check(KernelInstance<?> kernel, MethodInfo entry, Object[] args) {
    List<String> params = kernel.parameterDescriptors();
    if (args.length != params.size()) {
      throw new IllegalArgumentException("kernel " + kernel + " takes " + params.size() + " argument"
          + (params.size() == 1 ? "" : "s") + ", launch was given " + args.length);
    }
    for (int i = 0; i < args.length; i++) {
      String desc = params.get(i);
      Class<?> expected = VALUE_CLASSES.get(desc);
      if (expected == null) {
        throw new IllegalArgumentException(describe(kernel, entry, i) + " has type " + Descriptors.javaName(desc)
            + ", which kernels cannot take: use primitives and one-dimensional primitive arrays");
      }
      if (args[i] == null) {
        throw new IllegalArgumentException(describe(kernel, entry, i) + " is null; pass a "
            + Descriptors.javaName(desc) + (desc.startsWith("[") ? " array" : " value"));
      }
      if (args[i].getClass() != expected) {
        throw new IllegalArgumentException(describe(kernel, entry, i) + " must be a " + expected.getTypeName()
            + " (for a parameter of type " + Descriptors.javaName(desc) + "), was a " + args[i].getClass().getTypeName());
      }
    }
  }

  /** {@code argument 2 ('x', float[]) of kernel app.Saxpy.saxpy(F[F[F)V}. */
  private static String describe(KernelInstance<?> kernel, MethodInfo entry, int index) {
    String name = index < entry.getParamsCount() ? "'" + entry.getParams(index).getName() + "', " : "";
    return "argument " + (index + 1) + " (" + name + Descriptors.javaName(kernel.parameterDescriptors().get(index))
        + ") of kernel " + kernel;
  }
}
