package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK intrinsics that have a substitute written as kernel code in the kernel-math library
 * ({@code dev.geobacter.math}): targets without a math library call the substitute instead. The
 * driver adds a substitute's call graph to every kernel that calls its JDK method, and code
 * generators read this same table. A row names the JDK method and the substitute's class; the
 * substitute has the JDK method's name and descriptor.
 */
public final class MathSubstitutes {
  /** The package of the kernel-math library. */
  public static final String PACKAGE = "dev.geobacter.math";

  private static final String MATH = "java.lang.Math";
  private static final String TRIGONOMETRY = PACKAGE + ".Trigonometry";
  private static final String ARC_SINE = PACKAGE + ".ArcSine";
  private static final String ARC_TANGENT = PACKAGE + ".ArcTangent";
  private static final String EXP_LOG = PACKAGE + ".ExpLog";

  private static final Map<MethodRef, MethodRef> TABLE;

  static {
    Map<MethodRef, MethodRef> table = new LinkedHashMap<>();
    row(table, "sin", "(D)D", TRIGONOMETRY);
    row(table, "cos", "(D)D", TRIGONOMETRY);
    row(table, "tan", "(D)D", TRIGONOMETRY);
    row(table, "asin", "(D)D", ARC_SINE);
    row(table, "acos", "(D)D", ARC_SINE);
    row(table, "atan", "(D)D", ARC_TANGENT);
    row(table, "atan2", "(DD)D", ARC_TANGENT);
    for (String name : new String[] {"exp", "log", "log10", "sinh", "cosh", "tanh", "expm1", "log1p", "cbrt"}) {
      row(table, name, "(D)D", EXP_LOG);
    }
    row(table, "pow", "(DD)D", EXP_LOG);
    row(table, "hypot", "(DD)D", EXP_LOG);
    TABLE = Collections.unmodifiableMap(table);
  }

  private MathSubstitutes() {}

  /** The substitute for the JDK method {@code jdk}, if the library has one. */
  public static Optional<MethodRef> of(MethodRef jdk) {
    return Optional.ofNullable(TABLE.get(Descriptors.methodRef(jdk.getOwner(), jdk.getName(), jdk.getDesc())));
  }

  /** Every row, JDK method to substitute, in a fixed order (for docs and tests). */
  public static Map<MethodRef, MethodRef> all() {
    return TABLE;
  }

  private static void row(Map<MethodRef, MethodRef> table, String name, String desc, String substituteClass) {
    MethodRef jdk = Descriptors.methodRef(MATH, name, desc);
    if (!Intrinsics.isIntrinsic(jdk)) throw new IllegalStateException(jdk + " is not an intrinsic");
    table.put(jdk, Descriptors.methodRef(substituteClass, name, desc));
  }
}
