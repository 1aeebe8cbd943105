package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.MethodKey;
import dev.geobacter.codegen.SourcePosition;
import dev.geobacter.metadata.proto.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * JDK methods with a device lowering. Exact ones (sqrt, abs, min, max, floor, ceil, rint, fma,
 * copySign, signum, round, floorDiv, floorMod, bit conversions, bit counts) become LLVM intrinsics or short IR sequences with
 * Java's corner cases, so they give the JVM's bits on every target. {@code Math}'s transcendental
 * functions call the C math library where the target has one (Java allows them 1 ulp); their
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

  private static final Map<String, Lowering> EXACT = new HashMap<>();
  private static final Map<String, CheckedLowering> CHECKED = new HashMap<>();
  private static final Set<String> LIBM_UNARY = Set.of("sin", "cos", "tan", "asin", "acos", "atan", "exp", "log",
      "log10", "sinh", "cosh", "tanh", "cbrt", "expm1", "log1p");
  private static final Set<String> LIBM_BINARY = Set.of("atan2", "pow", "hypot");

  static {
    for (String math : List.of("java.lang.Math", "java.lang.StrictMath")) {
      unary(math + ".sqrt(D)D", "llvm.sqrt");
      unary(math + ".floor(D)D", "llvm.floor");
      unary(math + ".ceil(D)D", "llvm.ceil");
      unary(math + ".rint(D)D", "llvm.roundeven");
      unary(math + ".abs(F)F", "llvm.fabs");
      unary(math + ".abs(D)D", "llvm.fabs");
      for (String t : List.of("I", "J")) {
        EXACT.put(math + ".abs(" + t + ")" + t, (s, a) -> Intrinsics.call(s, "llvm.abs",
            new LLVMTypeRef[] {LLVMTypeOf(a.get(0))}, a.get(0), LLVMConstInt(s.types().i1, 0, 0)));
        CHECKED.put(math + ".floorDiv(" + t + t + ")" + t, (s, p, a) -> FloorDivision.floorDiv(s, a.get(0), a.get(1), p));
        CHECKED.put(math + ".floorMod(" + t + t + ")" + t, (s, p, a) -> FloorDivision.floorMod(s, a.get(0), a.get(1), p));
        binary(math + ".min(" + t + t + ")" + t, "llvm.smin");
        binary(math + ".max(" + t + t + ")" + t, "llvm.smax");
      }
      for (String t : List.of("F", "D")) {
        // llvm.minimum/maximum: NaN if either is NaN, and -0.0 < +0.0, exactly Java's rules.
        binary(math + ".min(" + t + t + ")" + t, "llvm.minimum");
        binary(math + ".max(" + t + t + ")" + t, "llvm.maximum");
        binary(math + ".copySign(" + t + t + ")" + t, "llvm.copysign");
        EXACT.put(math + ".fma(" + t + t + t + ")" + t, (s, a) -> Intrinsics.call(s, "llvm.fma",
            new LLVMTypeRef[] {LLVMTypeOf(a.get(0))}, a.get(0), a.get(1), a.get(2)));
        EXACT.put(math + ".signum(" + t + ")" + t, (s, a) -> MathRounding.signum(s, a.get(0)));
      }
      EXACT.put(math + ".round(F)I", (s, a) -> MathRounding.round(s, a.get(0), s.types().i32));
      EXACT.put(math + ".round(D)J", (s, a) -> MathRounding.round(s, a.get(0), s.types().i64));
    }
    EXACT.put("java.lang.Float.floatToRawIntBits(F)I", (s, a) -> LLVMBuildBitCast(s.builder(), a.get(0), s.types().i32, ""));
    EXACT.put("java.lang.Float.intBitsToFloat(I)F", (s, a) -> LLVMBuildBitCast(s.builder(), a.get(0), s.types().f32, ""));
    EXACT.put("java.lang.Double.doubleToRawLongBits(D)J", (s, a) -> LLVMBuildBitCast(s.builder(), a.get(0), s.types().i64, ""));
    EXACT.put("java.lang.Double.longBitsToDouble(J)D", (s, a) -> LLVMBuildBitCast(s.builder(), a.get(0), s.types().f64, ""));
    EXACT.put("java.lang.Float.isNaN(F)Z", JdkMethods::isNaN);
    EXACT.put("java.lang.Double.isNaN(D)Z", JdkMethods::isNaN);
    for (String[] owner : new String[][] {{"java.lang.Integer", "I"}, {"java.lang.Long", "J"}}) {
      bitCount(owner[0] + ".bitCount(" + owner[1] + ")I", "llvm.ctpop", false);
      bitCount(owner[0] + ".numberOfLeadingZeros(" + owner[1] + ")I", "llvm.ctlz", true);
      bitCount(owner[0] + ".numberOfTrailingZeros(" + owner[1] + ")I", "llvm.cttz", true);
    }
  }

  private JdkMethods() {}

  static boolean handles(MethodKey key) {
    return EXACT.containsKey(key.toString()) || CHECKED.containsKey(key.toString()) || isLibm(key);
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
    return LibmCalls.call(scope, key.name(), args);
  }

  private static boolean isLibm(MethodKey key) {
    if (!key.owner().equals("java.lang.Math")) return false;
    return LIBM_UNARY.contains(key.name()) && key.descriptor().equals("(D)D")
        || LIBM_BINARY.contains(key.name()) && key.descriptor().equals("(DD)D");
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

  private static LLVMValueRef isNaN(FunctionScope scope, List<LLVMValueRef> args) {
    return LLVMBuildFCmp(scope.builder(), LLVMRealUNO, args.get(0), args.get(0), "");
  }
}
