package dev.geobacter.fuzz.harness;

import java.lang.reflect.Array;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Compares a device's outcome with the oracle's. Completed launches: every array argument element
 * by element; integers, chars and booleans exactly, floats and doubles by their bits except that
 * any NaN equals any NaN, approximate slots within their ulp bounds ({@link Ulps}). Launches that
 * threw: same exception class and message (a compiled device may append the kernel position), and the same kernel frame (method and line) where both
 * devices report one. Anything else (one threw, one timed out) differs.
 */
public final class OutcomeComparison {
  private OutcomeComparison() {}

  /** The first difference, or null if {@code actual} agrees with {@code expected}. */
  public static Mismatch compare(Outcome expected, Outcome actual, KernelClass kernel) {
    if (expected instanceof Outcome.Completed e && actual instanceof Outcome.Completed a) {
      return compareArrays(e.arguments(), a.arguments(), kernel);
    }
    if (expected instanceof Outcome.Threw e && actual instanceof Outcome.Threw a) {
      boolean same = fastThrown(e.error()) ? e.error().getClass() == a.error().getClass()
          : sameException(e.summary(), a.summary());
      if (!same) return new Mismatch("the exception", e.summary(), a.summary());
      if (e.frame() != null && a.frame() != null && !e.frame().equals(a.frame())) {
        return new Mismatch("the kernel frame of " + e.summary(), e.frame(), a.frame());
      }
      return null;
    }
    return new Mismatch("the outcome", describe(expected), describe(actual));
  }

  /**
   * Compiled devices give the JVM's message followed by the kernel position, as CODING.md documents
   * ({@code / by zero at K.k(K.java:7)}); the position itself is compared through the frame.
   */
  static boolean sameException(String expected, String actual) {
    return expected.equals(actual) || actual.startsWith(expected + " at ") && actual.endsWith(")");
  }

  /**
   * HotSpot's preallocated exception for an implicit check thrown many times from compiled code
   * (OmitStackTraceInFastThrow): no message, no stack trace. Only its class can be compared.
   */
  static boolean fastThrown(Throwable error) {
    return error.getMessage() == null && error.getStackTrace().length == 0;
  }

  public static String describe(Outcome outcome) {
    if (outcome instanceof Outcome.Completed) return "completed";
    if (outcome instanceof Outcome.Threw t) {
      return "threw " + t.summary() + (t.frame() == null ? "" : " at " + t.frame());
    }
    return "did not finish within " + ((Outcome.TimedOut) outcome).seconds() + " s";
  }

  private static Mismatch compareArrays(Object[] expected, Object[] actual, KernelClass kernel) {
    List<Double> ulps = kernel.approxUlps();
    for (int k = 0; k < expected.length; k++) {
      Object e = expected[k];
      Object a = actual[k];
      if (e == null || !e.getClass().isArray()) continue;
      boolean approx = k == expected.length - 1 && !ulps.isEmpty();
      int length = Array.getLength(e);
      if (length != Array.getLength(a)) {
        return new Mismatch(argument(k, e) + " length", Integer.toString(length), Integer.toString(Array.getLength(a)));
      }
      for (int index = 0; index < length; index++) {
        Object x = Array.get(e, index);
        Object y = Array.get(a, index);
        boolean same = approx ? Ulps.close((Double) x, (Double) y, ulps.get(index % ulps.size())) : exactlyEqual(x, y);
        if (!same) {
          String where = argument(k, e) + "[" + index + "]"
              + (approx ? String.format(Locale.ROOT, " (bound %s ulps, %.1f apart)", ulps.get(index % ulps.size()),
                  Ulps.distance((Double) x, (Double) y)) : "");
          return new Mismatch(where, show(x), show(y));
        }
      }
    }
    return null;
  }

  private static boolean exactlyEqual(Object x, Object y) {
    if (x instanceof Float f && y instanceof Float g) {
      return (f.isNaN() && g.isNaN()) || Float.floatToRawIntBits(f) == Float.floatToRawIntBits(g);
    }
    if (x instanceof Double f && y instanceof Double g) {
      return (f.isNaN() && g.isNaN()) || Double.doubleToRawLongBits(f) == Double.doubleToRawLongBits(g);
    }
    return Objects.equals(x, y);
  }

  private static String argument(int k, Object array) {
    return "argument " + (k + 1) + " (" + array.getClass().getComponentType() + "[])";
  }

  /** A value with its bits where they matter: {@code 1.5 (0x3fc00000)}, {@code 'a' (97)}. */
  static String show(Object value) {
    if (value instanceof Float f) return f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
    if (value instanceof Double d) return d + " (0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
    if (value instanceof Character c) return "(char) " + (int) c;
    return String.valueOf(value);
  }
}
