package dev.geobacter.codegen.testing;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The error bounds the {@code java.lang.Math} javadoc allows its approximate methods, and the
 * check that a device's result meets them, measured against fdlibm's ({@code StrictMath}'s) result
 * for the same arguments: fdlibm is itself within 1 ulp of the exact result and deterministic on
 * every JVM, unlike {@code Math}'s own (JIT intrinsics). Every other intrinsic must match Java bit
 * for bit.
 */
public final class DocumentedAccuracy {
  /** Ulps of error allowed by each method's javadoc ("within 1 ulp of the exact result", ...). */
  private static final Map<String, Double> MATH_ULPS = Map.ofEntries(
      Map.entry("sin", 1.0), Map.entry("cos", 1.0), Map.entry("tan", 1.0), Map.entry("asin", 1.0),
      Map.entry("acos", 1.0), Map.entry("atan", 1.0), Map.entry("exp", 1.0), Map.entry("log", 1.0),
      Map.entry("log10", 1.0), Map.entry("cbrt", 1.0), Map.entry("expm1", 1.0), Map.entry("log1p", 1.0),
      Map.entry("pow", 1.0), Map.entry("hypot", 1.0), Map.entry("atan2", 2.0), Map.entry("sinh", 2.5),
      Map.entry("cosh", 2.5), Map.entry("tanh", 2.5));

  private DocumentedAccuracy() {}

  /** The allowed error of {@code method} in ulps, or empty when it must be exact. */
  public static OptionalDouble ulps(MethodRef method) {
    Double ulps = method.getOwner().equals("java.lang.Math") ? MATH_ULPS.get(method.getName()) : null;
    return ulps == null ? OptionalDouble.empty() : OptionalDouble.of(ulps);
  }

  /**
   * Whether {@code actual} is within {@code ulps} of {@code reference}, both faithful results of the
   * same function: NaN exactly where the reference is NaN, the same sign (so ±0 and ±infinity
   * must match), and at most {@code floor(ulps)} representable values apart.
   */
  public static boolean within(double actual, double reference, double ulps) {
    if (Double.isNaN(reference) || Double.isNaN(actual)) return Double.isNaN(reference) && Double.isNaN(actual);
    long actualBits = Double.doubleToRawLongBits(actual);
    long referenceBits = Double.doubleToRawLongBits(reference);
    if ((actualBits < 0) != (referenceBits < 0)) return false;
    // Same sign: the magnitudes' bit patterns are ordered like the values, one step per ulp.
    long distance = Math.abs((actualBits & Long.MAX_VALUE) - (referenceBits & Long.MAX_VALUE));
    return distance <= (long) Math.floor(ulps);
  }

  /** How far apart two doubles of the same sign are, in representable values, for messages. */
  public static long distance(double a, double b) {
    return Math.abs((Double.doubleToRawLongBits(a) & Long.MAX_VALUE) - (Double.doubleToRawLongBits(b) & Long.MAX_VALUE));
  }
}
