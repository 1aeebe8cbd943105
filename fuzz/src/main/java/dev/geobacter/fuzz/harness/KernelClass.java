package dev.geobacter.fuzz.harness;

import dev.geobacter.KernelInstance;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled kernel class in the shape the harness runs: {@code public static KernelInstance<...>
 * instance()} returns {@code Geobacter.kernelInstance(X::kernel)}; the kernel takes {@code int count}
 * first, then primitive arrays; if it writes approximate results, the last parameter is a
 * {@code double[]} and {@code public static final String APPROX_ULPS} lists the error bound in
 * ulps of each of a work-item's slots ({@code "1.0 2.5"}: slots {@code i * 2} and {@code i * 2 + 1}).
 */
public record KernelClass(String binaryName, KernelInstance<?> kernel, List<Double> approxUlps) {
  public KernelClass {
    approxUlps = List.copyOf(approxUlps);
  }

  /** Reads the kernel and its approximate slots from {@code type}. */
  public static KernelClass of(Class<?> type) {
    KernelInstance<?> kernel;
    try {
      Method instance = type.getMethod("instance");
      kernel = (KernelInstance<?>) instance.invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(type.getName() + " has no public static instance() method returning "
          + "Geobacter.kernelInstance(...): write one (see fuzz/README.md)", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(type.getName() + ".instance() threw: was it compiled with the plugin?",
          e.getCause());
    }
    return new KernelClass(type.getName(), kernel, approxUlps(type));
  }

  private static List<Double> approxUlps(Class<?> type) {
    List<Double> ulps = new ArrayList<>();
    try {
      Field field = type.getField("APPROX_ULPS");
      for (String bound : ((String) field.get(null)).trim().split("\\s+")) {
        if (!bound.isEmpty()) ulps.add(Double.parseDouble(bound));
      }
    } catch (NoSuchFieldException e) {
      return ulps; // every result is exact
    } catch (IllegalAccessException | NumberFormatException e) {
      throw new IllegalArgumentException(type.getName() + ".APPROX_ULPS must be a public string of ulp bounds", e);
    }
    return ulps;
  }

  /** Parameter descriptors of the kernel method ({@code I}, {@code [F}, ...). */
  public List<String> parameters() {
    return kernel.parameterDescriptors();
  }
}
