package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.DocumentedAccuracy;
import dev.geobacter.codegen.testing.HostDifferential;
import dev.geobacter.codegen.testing.InterestingValues;
import dev.geobacter.codegen.testing.IntrinsicKernels;
import dev.geobacter.codegen.testing.IntrinsicKernels.Site;
import dev.geobacter.codegen.testing.JavaReference;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Descriptors;
import dev.geobacter.rules.Intrinsics;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JDK method of {@link Intrinsics#all()}, called from a kernel compiled through the real
 * plugin, runs on the host over corner cases and random inputs and must give Java's bits (or, for
 * {@code Math}'s transcendental methods, fdlibm's result within the javadoc's ulp bound). A method
 * added to the list without a host lowering fails here, at compile time of its kernel.
 */
class IntrinsicsHostTest {
  private static final List<MethodRef> JDK_METHODS =
      Intrinsics.all().stream().filter(m -> !m.getOwner().equals(Intrinsics.GPU)).toList();
  private static final Map<String, HostKernel> COMPILED = new ConcurrentHashMap<>();

  private static IntrinsicKernels calls;
  private static CompiledKernels kernels;

  @BeforeAll
  static void compileEveryIntrinsicCall() {
    calls = IntrinsicKernels.of(JDK_METHODS);
    kernels = CompiledKernels.compile(IntrinsicKernels.CLASS_NAME, calls.source());
  }

  @TestFactory
  Stream<DynamicTest> everyIntrinsicGivesJavasResultsOnTheHost() {
    return JDK_METHODS.stream().map(m -> dynamicTest(Descriptors.jvmForm(m), () -> assertMatchesJava(m)));
  }

  @Test
  void everyIntrinsicThatDividesFailsWithJavasExceptionAtTheCall() throws Throwable {
    List<String> dividing = new ArrayList<>();
    for (MethodRef method : JDK_METHODS) {
      if (!divides(method)) continue;
      dividing.add(method.getName() + method.getDesc());
      Site site = calls.site(method);
      Object[] args = arguments(site, List.<Object[]>of(tuple(site, 1), tuple(site, 0)));
      ArithmeticException e = assertThrows(ArithmeticException.class,
          () -> kernel(site, CodegenOptions.defaults()).launch(Grid.of(2, 2), args), Descriptors.jvmForm(method));
      assertEquals("/ by zero at " + IntrinsicKernels.CLASS_NAME + "." + site.kernel() + "("
          + IntrinsicKernels.CLASS_NAME + ".java:" + site.line() + ")", e.getMessage());
    }
    // The probe finds them by calling the JDK: make sure it found the ones we know.
    assertTrue(dividing.containsAll(List.of("divideUnsigned(II)I", "remainderUnsigned(JJ)J", "floorMod(II)I")),
        dividing.toString());
  }

  @Test
  void withoutChecksUnsignedDivisionByZeroGivesZero() {
    for (String owner : List.of("java.lang.Integer", "java.lang.Long")) {
      String t = owner.endsWith("Integer") ? "I" : "J";
      for (String name : List.of("divideUnsigned", "remainderUnsigned")) {
        Site site = calls.site(Descriptors.methodRef(owner, name, "(" + t + t + ")" + t));
        Object[] args = arguments(site, List.<Object[]>of(tuple(site, 0)));
        kernel(site, CodegenOptions.defaults().withoutChecks()).launch(Grid.of(1, 1), args);
        assertEquals(0L, ((Number) Array.get(args[args.length - 1], 0)).longValue(), owner + "." + name);
      }
    }
  }

  private static void assertMatchesJava(MethodRef method) throws Throwable {
    Site site = calls.site(method);
    int arity = site.parameterTypes().length();
    List<Object[]> tuples = InterestingValues.tuples(site.parameterTypes(), arity == 3 ? 14 : 64,
        arity == 1 ? 600 : 1500, method.toString().hashCode());
    if (divides(method)) tuples.removeIf(tuple -> ((Number) tuple[tuple.length - 1]).longValue() == 0);
    Object[] onHost = arguments(site, tuples);
    Grid grid = Grid.of(tuples.size(), 64);
    kernel(site, CodegenOptions.defaults()).launch(grid, onHost);
    Object hostResults = onHost[onHost.length - 1];
    OptionalDouble ulps = DocumentedAccuracy.ulps(method);
    List<String> mismatches = new ArrayList<>();
    if (ulps.isPresent()) {
      Method fdlibm = jdkMethod(Descriptors.methodRef("java.lang.StrictMath", method.getName(), method.getDesc()));
      for (int i = 0; i < tuples.size(); i++) {
        double reference = (double) fdlibm.invoke(null, tuples.get(i));
        double actual = Array.getDouble(hostResults, i);
        if (!DocumentedAccuracy.within(actual, reference, ulps.getAsDouble())) {
          mismatches.add(describe(tuples.get(i)) + ": host " + actual + ", StrictMath " + reference + " ("
              + DocumentedAccuracy.distance(actual, reference) + " ulps apart, " + ulps.getAsDouble() + " allowed)");
        }
      }
    } else {
      Object[] inJava = arguments(site, tuples);
      JavaReference.run(kernels, site.kernel(), grid, inJava);
      Object javaResults = inJava[inJava.length - 1];
      for (int i = 0; i < tuples.size(); i++) {
        Object actual = Array.get(hostResults, i);
        Object expected = Array.get(javaResults, i);
        if (!sameResult(actual, expected)) {
          mismatches.add(describe(tuples.get(i)) + ": host " + render(actual) + ", Java " + render(expected));
        }
      }
    }
    assertTrue(mismatches.isEmpty(), Descriptors.jvmForm(method) + " differs from Java on " + mismatches.size()
        + " of " + tuples.size() + " inputs, e.g.\n  " + String.join("\n  ", mismatches.subList(0,
        Math.min(12, mismatches.size()))));
  }

  /** Bit for bit, except that every NaN equals every other (Java leaves NaN payloads to the hardware). */
  private static boolean sameResult(Object actual, Object expected) {
    if (actual instanceof Float a && expected instanceof Float e) {
      return a.isNaN() && e.isNaN() || Float.floatToRawIntBits(a) == Float.floatToRawIntBits(e);
    }
    if (actual instanceof Double a && expected instanceof Double e) {
      return a.isNaN() && e.isNaN() || Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(e);
    }
    return actual.equals(expected);
  }

  /** The kernel's arguments for {@code tuples}: op, one array per parameter, and the result array. */
  private static Object[] arguments(Site site, List<Object[]> tuples) {
    String types = site.parameterTypes();
    Object[] args = new Object[types.length() + 2];
    args[0] = site.op();
    for (int p = 0; p < types.length(); p++) {
      args[p + 1] = Array.newInstance(primitive(types.charAt(p)), tuples.size());
      for (int i = 0; i < tuples.size(); i++) Array.set(args[p + 1], i, tuples.get(i)[p]);
    }
    args[args.length - 1] = Array.newInstance(primitive(site.resultType()), tuples.size());
    return args;
  }

  /** A tuple of {@code site}'s parameter types: the first arguments 7, the last {@code last}. */
  private static Object[] tuple(Site site, int last) {
    String types = site.parameterTypes();
    Object[] tuple = new Object[types.length()];
    for (int p = 0; p < tuple.length; p++) tuple[p] = box(types.charAt(p), p == tuple.length - 1 ? last : 7);
    return tuple;
  }

  /** Whether the JDK method throws ArithmeticException when its last argument is zero. */
  private static boolean divides(MethodRef method) throws ReflectiveOperationException {
    String types = Descriptors.parameterDescriptors(method.getDesc()).stream().reduce("", String::concat);
    if (types.length() < 2 || "IJ".indexOf(types.charAt(types.length() - 1)) < 0) return false;
    Object[] args = new Object[types.length()];
    for (int p = 0; p < args.length; p++) args[p] = box(types.charAt(p), p == args.length - 1 ? 0 : 7);
    try {
      jdkMethod(method).invoke(null, args);
      return false;
    } catch (InvocationTargetException e) {
      return e.getCause() instanceof ArithmeticException;
    }
  }

  private static Method jdkMethod(MethodRef method) throws ReflectiveOperationException {
    List<String> params = Descriptors.parameterDescriptors(method.getDesc());
    Class<?>[] types = new Class<?>[params.size()];
    for (int p = 0; p < types.length; p++) types[p] = primitive(params.get(p).charAt(0));
    return Class.forName(method.getOwner()).getMethod(method.getName(), types);
  }

  private static HostKernel kernel(Site site, CodegenOptions options) {
    return COMPILED.computeIfAbsent(site.kernel() + " " + options.key(),
        key -> HostDifferential.compile(kernels, site.kernel(), options));
  }

  private static Object box(char type, long value) {
    return switch (type) {
      case 'I' -> (int) value;
      case 'J' -> value;
      case 'F' -> (float) value;
      case 'D' -> (double) value;
      default -> throw new IllegalArgumentException(String.valueOf(type));
    };
  }

  private static Class<?> primitive(char type) {
    return switch (type) {
      case 'Z' -> boolean.class;
      case 'I' -> int.class;
      case 'J' -> long.class;
      case 'F' -> float.class;
      case 'D' -> double.class;
      default -> throw new IllegalArgumentException(String.valueOf(type));
    };
  }

  private static String describe(Object[] tuple) {
    List<String> parts = new ArrayList<>();
    for (Object value : tuple) parts.add(render(value));
    return "(" + String.join(", ", parts) + ")";
  }

  private static String render(Object value) {
    if (value instanceof Float f) return f + " [0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + "]";
    if (value instanceof Double d) return d + " [0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + "]";
    return String.valueOf(value);
  }
}
