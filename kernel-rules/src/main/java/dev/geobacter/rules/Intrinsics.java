package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The methods kernel code may call without a body in a sidecar: the {@code dev.geobacter.Gpu}
 * intrinsics and a fixed list of JDK math and bit methods that every target implements itself.
 * Matching is exact: owner, name and descriptor. CODING.md documents this same list.
 */
public final class Intrinsics {
  public static final String GPU = "dev.geobacter.Gpu";

  private static final String MATH = "java.lang.Math";
  private static final String STRICT_MATH = "java.lang.StrictMath";
  private static final List<String> APPROXIMATE_UNARY = List.of("cbrt", "sin", "cos", "tan", "asin", "acos",
      "atan", "sinh", "cosh", "tanh", "exp", "expm1", "log", "log10", "log1p");
  private static final List<String> APPROXIMATE_BINARY = List.of("atan2", "pow", "hypot");

  private static final List<MethodRef> ALL;
  private static final Set<MethodRef> SET;

  static {
    List<MethodRef> all = new ArrayList<>();
    add(all, GPU, "(I)I", "globalId", "localId", "groupId", "globalSize", "localSize", "numGroups");
    add(all, GPU, "()V", "barrier");
    addExactMath(all, MATH);
    // Math allows these a few ulps of error, so a device may use its own math library; StrictMath
    // demands fdlibm's exact bits, which devices do not reproduce (see mathFormOf).
    add(all, MATH, "(D)D", APPROXIMATE_UNARY.toArray(String[]::new));
    add(all, MATH, "(DD)D", APPROXIMATE_BINARY.toArray(String[]::new));
    addExactMath(all, STRICT_MATH);
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

  /**
   * For a {@code StrictMath} method that kernels may not call because Java defines its result as
   * fdlibm's exact bits (sin, pow, ...), the {@code Math} method that is an intrinsic in its place
   * (the same function within the error bound its documentation states); empty for every other
   * method, intrinsic or not.
   */
  public static Optional<MethodRef> mathFormOf(MethodRef method) {
    if (!STRICT_MATH.equals(method.getOwner())) return Optional.empty();
    boolean approximate = APPROXIMATE_UNARY.contains(method.getName()) && "(D)D".equals(method.getDesc())
        || APPROXIMATE_BINARY.contains(method.getName()) && "(DD)D".equals(method.getDesc());
    return approximate ? Optional.of(Descriptors.methodRef(MATH, method.getName(), method.getDesc()))
        : Optional.empty();
  }

  /** Every intrinsic, grouped by owner, in a fixed order (for docs and tools). */
  public static List<MethodRef> all() {
    return ALL;
  }

  private static MethodRef normalized(MethodRef method) {
    // Only owner, name and desc take part; unknown fields of a parsed MethodRef must not.
    return Descriptors.methodRef(method.getOwner(), method.getName(), method.getDesc());
  }

  /** The methods Java defines exactly, so that StrictMath's forms give the same bits as Math's. */
  private static void addExactMath(List<MethodRef> all, String math) {
    add(all, math, "(I)I", "abs");
    add(all, math, "(J)J", "abs");
    add(all, math, "(F)F", "abs", "signum", "ulp");
    add(all, math, "(D)D", "abs", "sqrt", "floor", "ceil", "rint", "signum", "ulp", "toRadians", "toDegrees");
    add(all, math, "(II)I", "min", "max", "floorDiv", "floorMod");
    add(all, math, "(JJ)J", "min", "max", "floorDiv", "floorMod");
    add(all, math, "(FF)F", "min", "max", "copySign");
    add(all, math, "(DD)D", "min", "max", "copySign");
    add(all, math, "(F)I", "round");
    add(all, math, "(D)J", "round");
    add(all, math, "(FFF)F", "fma");
    add(all, math, "(DDD)D", "fma");
  }

  private static void add(List<MethodRef> all, String owner, String desc, String... names) {
    for (String name : names) all.add(Descriptors.methodRef(owner, name, desc));
  }
}
