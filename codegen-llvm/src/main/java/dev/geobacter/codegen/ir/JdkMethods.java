package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.MethodKey;
import dev.geobacter.codegen.SourcePosition;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.rules.Descriptors;
import dev.geobacter.rules.MathSubstitutes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The table of JDK methods with a device lowering, keyed by {@code owner.name(descriptor)}. Exact
 * ones become LLVM intrinsics or short IR sequences (families in {@link FloatBits},
 * {@link FloatOrder}, {@link UnitInTheLastPlace}, {@link MathRounding}, {@link IntegerBits},
 * {@link FloorDivision}, {@link UnsignedDivision}) with Java's corner cases, so they give the
 * JVM's bits on every target. {@code Math}'s transcendental functions call the C math library
 * where the target has one (Java allows them 1 ulp), with Java's special cases and accuracy
 * restored where C's differ ({@link LibmSpecialCases}, {@link CubeRoot}); elsewhere they call their
 * substitute written as kernel code ({@link #substitute}), and without one they are refused. Their
 * {@code StrictMath} forms (fdlibm, bit-exact) are not offered.
 */
final class JdkMethods {
  @FunctionalInterface
  private interface Lowering {
    LLVMValueRef lower(FunctionScope scope, List<LLVMValueRef> args);
  }

  /** A lowering whose checks need the call's source position. */
  @FunctionalInterface
  private interface CheckedLowering {
    LLVMValueRef lower(FunctionScope scope, SourcePosition position, List<LLVMValueRef> args);
  }

  /** {@code Math.toRadians} and {@code toDegrees} multiply by these (the JDK's own constants), one rounding. */
  private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
  private static final double RADIANS_TO_DEGREES = 57.29577951308232;

  private static final Map<String, Lowering> EXACT = new HashMap<>();
  private static final Map<String, CheckedLowering> CHECKED = new HashMap<>();
  private static final Set<String> LIBM_UNARY = Set.of("sin", "cos", "tan", "asin", "acos", "atan", "exp", "log",
      "log10", "sinh", "cosh", "tanh", "cbrt", "expm1", "log1p");
  private static final Set<String> LIBM_BINARY = Set.of("atan2", "pow", "hypot");
  /** The C functions whose results need Java's corrections; the others are called as they are. */
  private static final Map<String, Lowering> LIBM_CORRECTED = Map.of(
      "cbrt", (s, a) -> CubeRoot.cbrt(s, a.get(0)),
      "pow", LibmSpecialCases::pow,
      "hypot", LibmSpecialCases::hypot);

  static {
    for (String math : List.of("java.lang.Math", "java.lang.StrictMath")) {
      unary(math + ".sqrt(D)D", "llvm.sqrt");
      unary(math + ".floor(D)D", "llvm.floor");
      unary(math + ".ceil(D)D", "llvm.ceil");
      unary(math + ".rint(D)D", "llvm.roundeven");
      EXACT.put(math + ".toRadians(D)D", (s, a) -> multiply(s, a.get(0), DEGREES_TO_RADIANS));
      EXACT.put(math + ".toDegrees(D)D", (s, a) -> multiply(s, a.get(0), RADIANS_TO_DEGREES));
      for (String t : List.of("I", "J")) {
        EXACT.put(math + ".abs(" + t + ")" + t, (s, a) -> Intrinsics.call(s, "llvm.abs",
            new LLVMTypeRef[] {LLVMTypeOf(a.get(0))}, a.get(0), LLVMConstInt(s.types().i1, 0, 0)));
        CHECKED.put(math + ".floorDiv(" + t + t + ")" + t, (s, p, a) -> FloorDivision.floorDiv(s, a.get(0), a.get(1), p));
        CHECKED.put(math + ".floorMod(" + t + t + ")" + t, (s, p, a) -> FloorDivision.floorMod(s, a.get(0), a.get(1), p));
        binary(math + ".min(" + t + t + ")" + t, "llvm.smin");
        binary(math + ".max(" + t + t + ")" + t, "llvm.smax");
      }
      for (String t : List.of("F", "D")) {
        unary(math + ".abs(" + t + ")" + t, "llvm.fabs");
        // llvm.minimum/maximum: NaN if either is NaN, and -0.0 < +0.0, exactly Java's rules.
        binary(math + ".min(" + t + t + ")" + t, "llvm.minimum");
        binary(math + ".max(" + t + t + ")" + t, "llvm.maximum");
        EXACT.put(math + ".fma(" + t + t + t + ")" + t, (s, a) -> Intrinsics.call(s, "llvm.fma",
            new LLVMTypeRef[] {LLVMTypeOf(a.get(0))}, a.get(0), a.get(1), a.get(2)));
        EXACT.put(math + ".signum(" + t + ")" + t, (s, a) -> MathRounding.signum(s, a.get(0)));
        EXACT.put(math + ".ulp(" + t + ")" + t, (s, a) -> UnitInTheLastPlace.ulp(s, a.get(0)));
      }
      EXACT.put(math + ".round(F)I", (s, a) -> MathRounding.round(s, a.get(0), s.types().i32));
      EXACT.put(math + ".round(D)J", (s, a) -> MathRounding.round(s, a.get(0), s.types().i64));
    }
    for (String t : List.of("F", "D")) {
      binary("java.lang.Math.copySign(" + t + t + ")" + t, "llvm.copysign");
      EXACT.put("java.lang.StrictMath.copySign(" + t + t + ")" + t,
          (s, a) -> FloatBits.strictCopySign(s, a.get(0), a.get(1)));
    }
    floatMethods("java.lang.Float", "F", "I", "floatToRawIntBits", "floatToIntBits", "intBitsToFloat");
    floatMethods("java.lang.Double", "D", "J", "doubleToRawLongBits", "doubleToLongBits", "longBitsToDouble");
    integerMethods("java.lang.Integer", "I");
    integerMethods("java.lang.Long", "J");
    EXACT.put("java.lang.Integer.toUnsignedLong(I)J", (s, a) -> LLVMBuildZExt(s.builder(), a.get(0), s.types().i64, ""));
  }

  private JdkMethods() {}

  static boolean handles(MethodKey key) {
    return EXACT.containsKey(key.toString()) || CHECKED.containsKey(key.toString()) || isLibm(key);
  }

  /**
   * The kernel-code function a target without a math library calls in place of {@code key}
   * ({@link MathSubstitutes}); empty where the target lowers {@code key} itself.
   */
  static Optional<MethodKey> substitute(FunctionScope scope, MethodKey key) {
    if (scope.module().target().hasMathLibrary() || !isLibm(key)) return Optional.empty();
    return MathSubstitutes.of(Descriptors.methodRef(key.owner(), key.name(), key.descriptor()))
        .map(ref -> new MethodKey(ref.getOwner(), ref.getName(), ref.getDesc()));
  }

  static LLVMValueRef lower(FunctionScope scope, Expr expr, MethodKey key, List<LLVMValueRef> args) {
    Lowering exact = EXACT.get(key.toString());
    if (exact != null) return exact.lower(scope, args);
    CheckedLowering checked = CHECKED.get(key.toString());
    if (checked != null) return checked.lower(scope, scope.position(expr), args);
    if (!scope.module().target().hasMathLibrary()) {
      throw scope.error(expr, key.owner() + "." + key.name() + " has no lowering for the "
          + scope.module().target().name() + " target yet; compute it from supported operations");
    }
    Lowering corrected = LIBM_CORRECTED.get(key.name());
    return corrected != null ? corrected.lower(scope, args) : LibmCalls.call(scope, key.name(), args);
  }

  private static boolean isLibm(MethodKey key) {
    if (!key.owner().equals("java.lang.Math")) return false;
    return LIBM_UNARY.contains(key.name()) && key.descriptor().equals("(D)D")
        || LIBM_BINARY.contains(key.name()) && key.descriptor().equals("(DD)D");
  }

  /** {@code Float} ({@code t} = F, {@code bits} = I) or {@code Double} (D, J). */
  private static void floatMethods(String owner, String t, String bits, String rawBits, String canonicalBits,
      String fromBits) {
    EXACT.put(owner + "." + rawBits + "(" + t + ")" + bits,
        (s, a) -> LLVMBuildBitCast(s.builder(), a.get(0), FloatBits.bitsType(s, a.get(0)), ""));
    EXACT.put(owner + "." + canonicalBits + "(" + t + ")" + bits, (s, a) -> FloatBits.canonicalBits(s, a.get(0)));
    EXACT.put(owner + "." + fromBits + "(" + bits + ")" + t, (s, a) -> LLVMBuildBitCast(s.builder(), a.get(0),
        t.equals("F") ? s.types().f32 : s.types().f64, ""));
    EXACT.put(owner + ".isNaN(" + t + ")Z", (s, a) -> FloatBits.isNaN(s, a.get(0)));
    EXACT.put(owner + ".isInfinite(" + t + ")Z", (s, a) -> FloatBits.isInfinite(s, a.get(0)));
    EXACT.put(owner + ".isFinite(" + t + ")Z", (s, a) -> FloatBits.isFinite(s, a.get(0)));
    EXACT.put(owner + ".compare(" + t + t + ")I", (s, a) -> FloatOrder.compare(s, a.get(0), a.get(1)));
    // Float.min/max are defined as Math.min/max; sum is +.
    binary(owner + ".min(" + t + t + ")" + t, "llvm.minimum");
    binary(owner + ".max(" + t + t + ")" + t, "llvm.maximum");
    EXACT.put(owner + ".sum(" + t + t + ")" + t, (s, a) -> LLVMBuildFAdd(s.builder(), a.get(0), a.get(1), ""));
  }

  /** {@code Integer} ({@code t} = I) or {@code Long} (J); rotations take an int distance for both. */
  private static void integerMethods(String owner, String t) {
    String self = "(" + t + ")" + t;
    String pair = "(" + t + t + ")";
    bitCount(owner + ".bitCount(" + t + ")I", "llvm.ctpop", false);
    bitCount(owner + ".numberOfLeadingZeros(" + t + ")I", "llvm.ctlz", true);
    bitCount(owner + ".numberOfTrailingZeros(" + t + ")I", "llvm.cttz", true);
    unary(owner + ".reverse" + self, "llvm.bitreverse");
    unary(owner + ".reverseBytes" + self, "llvm.bswap");
    EXACT.put(owner + ".highestOneBit" + self, (s, a) -> IntegerBits.highestOneBit(s, a.get(0)));
    EXACT.put(owner + ".lowestOneBit" + self, (s, a) -> IntegerBits.lowestOneBit(s, a.get(0)));
    EXACT.put(owner + ".signum(" + t + ")I", (s, a) -> IntegerBits.signum(s, a.get(0)));
    EXACT.put(owner + ".rotateLeft(" + t + "I)" + t, (s, a) -> IntegerBits.rotate(s, a.get(0), a.get(1), true));
    EXACT.put(owner + ".rotateRight(" + t + "I)" + t, (s, a) -> IntegerBits.rotate(s, a.get(0), a.get(1), false));
    EXACT.put(owner + ".compare" + pair + "I", (s, a) -> IntegerBits.compare(s, a.get(0), a.get(1), false));
    EXACT.put(owner + ".compareUnsigned" + pair + "I", (s, a) -> IntegerBits.compare(s, a.get(0), a.get(1), true));
    CHECKED.put(owner + ".divideUnsigned" + pair + t, (s, p, a) -> UnsignedDivision.divide(s, a.get(0), a.get(1), p));
    CHECKED.put(owner + ".remainderUnsigned" + pair + t,
        (s, p, a) -> UnsignedDivision.remainder(s, a.get(0), a.get(1), p));
    binary(owner + ".min" + pair + t, "llvm.smin");
    binary(owner + ".max" + pair + t, "llvm.smax");
    EXACT.put(owner + ".sum" + pair + t, (s, a) -> LLVMBuildAdd(s.builder(), a.get(0), a.get(1), ""));
  }

  private static LLVMValueRef multiply(FunctionScope scope, LLVMValueRef x, double constant) {
    return LLVMBuildFMul(scope.builder(), x, LLVMConstReal(LLVMTypeOf(x), constant), "");
  }

  private static void unary(String method, String intrinsic) {
    EXACT.put(method, (s, a) -> Intrinsics.unary(s, intrinsic, a.get(0)));
  }

  private static void binary(String method, String intrinsic) {
    EXACT.put(method, (s, a) -> Intrinsics.binary(s, intrinsic, a.get(0), a.get(1)));
  }

  private static void bitCount(String method, String intrinsic, boolean zeroIsPoisonFlag) {
    EXACT.put(method, (s, a) -> {
      LLVMValueRef value = a.get(0);
      LLVMTypeRef[] overload = {LLVMTypeOf(value)};
      LLVMValueRef count = zeroIsPoisonFlag
          ? Intrinsics.call(s, intrinsic, overload, value, LLVMConstInt(s.types().i1, 0, 0))
          : Intrinsics.call(s, intrinsic, overload, value);
      return LLVMGetIntTypeWidth(LLVMTypeOf(value)) == 64 ? LLVMBuildTrunc(s.builder(), count, s.types().i32, "") : count;
    });
  }
}
