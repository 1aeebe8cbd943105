package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The methods kernel code may call without a body in a sidecar: the {@code dev.geobacter.Gpu}
 * intrinsics and a fixed list of JDK math and bit methods that every target implements itself.
 * Matching is exact: owner, name and descriptor. CODING.md documents this same list.
 */
public final class Intrinsics {
  public static final String GPU = "dev.geobacter.Gpu";

  private static final List<MethodRef> ALL;
  private static final Set<MethodRef> SET;

  static {
    List<MethodRef> all = new ArrayList<>();
    add(all, GPU, "(I)I", "globalId", "localId", "groupId", "globalSize", "localSize", "numGroups");
    add(all, GPU, "()V", "barrier");
    for (String math : List.of("java.lang.Math", "java.lang.StrictMath")) {
      add(all, math, "(I)I", "abs");
      add(all, math, "(J)J", "abs");
      add(all, math, "(F)F", "abs", "signum", "ulp");
      add(all, math, "(D)D", "abs", "sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh",
          "cosh", "tanh", "exp", "expm1", "log", "log10", "log1p", "floor", "ceil", "rint", "signum",
          "toRadians", "toDegrees", "ulp");
      add(all, math, "(II)I", "min", "max");
      add(all, math, "(JJ)J", "min", "max");
      add(all, math, "(FF)F", "min", "max", "copySign");
      add(all, math, "(DD)D", "min", "max", "atan2", "pow", "hypot", "copySign");
      add(all, math, "(F)I", "round");
      add(all, math, "(D)J", "round");
      add(all, math, "(FFF)F", "fma");
      add(all, math, "(DDD)D", "fma");
    }
    add(all, "java.lang.Float", "(F)I", "floatToRawIntBits", "floatToIntBits");
    add(all, "java.lang.Float", "(I)F", "intBitsToFloat");
    add(all, "java.lang.Float", "(F)Z", "isNaN", "isInfinite", "isFinite");
    add(all, "java.lang.Float", "(FF)I", "compare");
    add(all, "java.lang.Float", "(FF)F", "min", "max", "sum");
    add(all, "java.lang.Double", "(D)J", "doubleToRawLongBits", "doubleToLongBits");
    add(all, "java.lang.Double", "(J)D", "longBitsToDouble");
    add(all, "java.lang.Double", "(D)Z", "isNaN", "isInfinite", "isFinite");
    add(all, "java.lang.Double", "(DD)I", "compare");
    add(all, "java.lang.Double", "(DD)D", "min", "max", "sum");
    add(all, "java.lang.Integer", "(I)I", "bitCount", "numberOfLeadingZeros", "numberOfTrailingZeros",
        "reverse", "reverseBytes", "highestOneBit", "lowestOneBit", "signum");
    add(all, "java.lang.Integer", "(II)I", "rotateLeft", "rotateRight", "compare", "compareUnsigned",
        "divideUnsigned", "remainderUnsigned", "min", "max", "sum");
    add(all, "java.lang.Integer", "(I)J", "toUnsignedLong");
    add(all, "java.lang.Long", "(J)I", "bitCount", "numberOfLeadingZeros", "numberOfTrailingZeros", "signum");
    add(all, "java.lang.Long", "(J)J", "reverse", "reverseBytes", "highestOneBit", "lowestOneBit");
    add(all, "java.lang.Long", "(JI)J", "rotateLeft", "rotateRight");
    add(all, "java.lang.Long", "(JJ)I", "compare", "compareUnsigned");
    add(all, "java.lang.Long", "(JJ)J", "divideUnsigned", "remainderUnsigned", "min", "max", "sum");
    ALL = Collections.unmodifiableList(all);
    SET = Collections.unmodifiableSet(new LinkedHashSet<>(all));
  }

  private Intrinsics() {}

  /** Whether kernels may call {@code method} although no sidecar holds its body. */
  public static boolean isIntrinsic(MethodRef method) {
    return SET.contains(normalized(method));
  }

  /** Whether {@code method} is one of the {@code Gpu} intrinsics. */
  public static boolean isGpu(MethodRef method) {
    return GPU.equals(method.getOwner()) && isIntrinsic(method);
  }

  /** Whether {@code method} is a {@code Gpu} intrinsic whose one argument is a dimension (0, 1 or 2). */
  public static boolean takesDimension(MethodRef method) {
    return isGpu(method) && "(I)I".equals(method.getDesc());
  }

  /** Every intrinsic, grouped by owner, in a fixed order (for docs and tools). */
  public static List<MethodRef> all() {
    return ALL;
  }

  private static MethodRef normalized(MethodRef method) {
    // Only owner, name and desc take part; unknown fields of a parsed MethodRef must not.
    return Descriptors.methodRef(method.getOwner(), method.getName(), method.getDesc());
  }

  private static void add(List<MethodRef> all, String owner, String desc, String... names) {
    for (String name : names) all.add(Descriptors.methodRef(owner, name, desc));
  }
}
