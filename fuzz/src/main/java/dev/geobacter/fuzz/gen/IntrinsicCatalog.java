package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.JType;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Intrinsics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The JDK methods generated kernels call, taken from the kernel rules' own list
 * ({@link Intrinsics#all()}), so the generator never calls what kernels may not.
 *
 * <p>Two kinds: exact methods, whose results every device must reproduce bit for bit and which may
 * appear anywhere; and the transcendental {@code Math} methods, for which Java only promises a
 * result within a few ulps. Those are only ever the last operation before an approximate output
 * slot, so an allowed difference never flows into other computations. {@code StrictMath}'s
 * transcendental methods demand fdlibm's exact results, which compiled devices refuse rather than
 * imitate; they are left out.
 */
public final class IntrinsicCatalog {
  /** Java's documented error bound, in ulps, of each approximate {@code Math} method. */
  public static final Map<String, Double> APPROXIMATE_ULPS = Map.ofEntries(
      Map.entry("sin", 1.0), Map.entry("cos", 1.0), Map.entry("tan", 1.0), Map.entry("asin", 1.0),
      Map.entry("acos", 1.0), Map.entry("atan", 1.0), Map.entry("exp", 1.0), Map.entry("log", 1.0),
      Map.entry("log10", 1.0), Map.entry("cbrt", 1.0), Map.entry("expm1", 1.0), Map.entry("log1p", 1.0),
      Map.entry("pow", 1.0), Map.entry("hypot", 1.0), Map.entry("sinh", 2.5), Map.entry("cosh", 2.5),
      Map.entry("tanh", 2.5), Map.entry("atan2", 2.0),
      // Not documented; the JDK multiplies by a constant, which one rounding (1 ulp) bounds.
      Map.entry("toRadians", 1.0), Map.entry("toDegrees", 1.0));

  /** One callable method: {@code Math.abs} taking {@code [INT]} and returning {@code INT}. */
  public record Method(String owner, String name, List<JType> params, JType result) {
    /** {@code Math.abs}: how generated source names it (java.lang needs no import). */
    public String target() {
      return owner.substring(owner.lastIndexOf('.') + 1) + "." + name;
    }
  }

  private static final List<Method> EXACT;
  private static final List<Method> APPROXIMATE;

  static {
    List<Method> exact = new ArrayList<>();
    List<Method> approximate = new ArrayList<>();
    for (MethodRef ref : Intrinsics.all()) {
      if (ref.getOwner().equals(Intrinsics.GPU)) continue;
      Method method = parse(ref);
      boolean transcendental = APPROXIMATE_ULPS.containsKey(ref.getName());
      if (!transcendental) {
        exact.add(method);
      } else if (ref.getOwner().equals("java.lang.Math")) {
        approximate.add(method);
      }
    }
    EXACT = Collections.unmodifiableList(exact);
    APPROXIMATE = Collections.unmodifiableList(approximate);
  }

  private IntrinsicCatalog() {}

  /** Exact methods returning {@code type}. */
  public static List<Method> exact(JType type) {
    return EXACT.stream().filter(m -> m.result() == type).toList();
  }

  public static List<Method> exact() {
    return EXACT;
  }

  /** Transcendental {@code Math} methods (all take and return double). */
  public static List<Method> approximate() {
    return APPROXIMATE;
  }

  private static Method parse(MethodRef ref) {
    String desc = ref.getDesc();
    List<JType> params = new ArrayList<>();
    int end = desc.indexOf(')');
    for (int i = 1; i < end; i++) params.add(JType.ofDescriptor(desc.charAt(i)));
    return new Method(ref.getOwner(), ref.getName(), params, JType.ofDescriptor(desc.charAt(end + 1)));
  }
}
