package dev.geobacter.codegen.host;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Calls into generated code that read and write Java arrays where they lie: the FFM API's
 * critical downcalls with heap access ({@code Linker.Option.critical(true)}, JDK 22 and later).
 * The JVM passes the address of a heap array's first element and keeps the array where it is
 * until the call returns: no garbage collection, nor any other safepoint, happens during it. A
 * critical function must not call back into Java; generated kernels call only the C library. The
 * API asks for short functions: a kernel's share of a launch is not, and the cost (collections wait
 * for it) is documented where users choose, in CODING.md. This
 * code is compiled for Java 17, so the API is looked up reflectively, once; where it is missing
 * (JDK 17 to 21) {@link #available()} is false and the host device copies arrays instead.
 */
final class CriticalCalls {
  private static final Api API = Api.find();

  private CriticalCalls() {}

  static boolean available() {
    return API != null;
  }

  /**
   * A handle on the entry point at {@code address}, of type
   * {@code (Object block, Object launch, int firstGroup, int endGroup, Object[] arrays)void}, where
   * every {@code Object} is a memory segment: {@link #nativeSegment} or {@link #heapSegment}.
   */
  static MethodHandle entry(long address, int arrays) {
    return require().entry(address, arrays);
  }

  /** The segment of native memory at {@code address} (0 for none), of no particular size. */
  static Object nativeSegment(long address) {
    try {
      return require().ofAddress.invokeExact(address);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make a segment of native memory", e);
    }
  }

  /**
   * A heap segment over the elements of {@code array}, or null for arrays the API cannot pass in
   * place ({@code boolean[]}: it has no heap segments).
   */
  static Object heapSegment(Object array) {
    MethodHandle ofArray = require().ofArray.get(array.getClass());
    if (ofArray == null) return null;
    try {
      return ofArray.invokeExact(array);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make a heap segment of a " + array.getClass().getTypeName(), e);
    }
  }

  private static Api require() {
    if (API == null) throw new IllegalStateException("this JDK (" + Runtime.version() + ") has no critical downcalls");
    return API;
  }

  /** The reflectively found pieces of {@code java.lang.foreign} this class uses. */
  private static final class Api {
    private static final Class<?>[] IN_PLACE_ARRAYS = {byte[].class, char[].class, short[].class, int[].class,
        long[].class, float[].class, double[].class};

    private final Object linker;
    private final Object addressLayout;
    private final Object intLayout;
    private final Object criticalOptions;
    private final Class<?> layoutClass;
    private final Method ofVoid;
    private final Method downcallHandle;
    private final MethodHandle ofAddress;
    private final Map<Class<?>, MethodHandle> ofArray;

    private Api(Object linker, Object addressLayout, Object intLayout, Object criticalOptions, Class<?> layoutClass,
        Method ofVoid, Method downcallHandle, MethodHandle ofAddress, Map<Class<?>, MethodHandle> ofArray) {
      this.linker = linker;
      this.addressLayout = addressLayout;
      this.intLayout = intLayout;
      this.criticalOptions = criticalOptions;
      this.layoutClass = layoutClass;
      this.ofVoid = ofVoid;
      this.downcallHandle = downcallHandle;
      this.ofAddress = ofAddress;
      this.ofArray = ofArray;
    }

    /** The API, or null where this JDK lacks any part of it (JDK 21 has FFM as a preview without critical calls). */
    static Api find() {
      if (Runtime.version().feature() < 22) return null;
      try {
        Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
        Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
        Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> valueLayoutClass = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
        Object options = Array.newInstance(optionClass, 1);
        Array.set(options, 0, optionClass.getMethod("critical", boolean.class).invoke(null, true));
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle ofAddress = lookup.findStatic(segmentClass, "ofAddress", MethodType.methodType(segmentClass,
            long.class)).asType(MethodType.methodType(Object.class, long.class));
        Map<Class<?>, MethodHandle> ofArray = new IdentityHashMap<>();
        for (Class<?> arrayClass : IN_PLACE_ARRAYS) {
          ofArray.put(arrayClass, lookup.findStatic(segmentClass, "ofArray", MethodType.methodType(segmentClass,
              arrayClass)).asType(MethodType.methodType(Object.class, Object.class)));
        }
        return new Api(linkerClass.getMethod("nativeLinker").invoke(null),
            valueLayoutClass.getField("ADDRESS").get(null), valueLayoutClass.getField("JAVA_INT").get(null), options,
            layoutClass, descriptorClass.getMethod("ofVoid", layoutClass.arrayType()),
            linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass, optionClass.arrayType()), ofAddress,
            Collections.unmodifiableMap(ofArray));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    MethodHandle entry(long address, int arrays) {
      Object layouts = Array.newInstance(layoutClass, HostEntryPoint.FIXED_PARAMETERS + arrays);
      Array.set(layouts, 0, addressLayout);
      Array.set(layouts, 1, addressLayout);
      Array.set(layouts, 2, intLayout);
      Array.set(layouts, 3, intLayout);
      for (int i = 0; i < arrays; i++) Array.set(layouts, HostEntryPoint.FIXED_PARAMETERS + i, addressLayout);
      try {
        Object descriptor = ofVoid.invoke(null, layouts);
        MethodHandle handle = (MethodHandle) downcallHandle.invoke(linker, nativeSegment(address), descriptor,
            criticalOptions);
        MethodType generic = MethodType.genericMethodType(HostEntryPoint.FIXED_PARAMETERS + arrays)
            .changeParameterType(2, int.class).changeParameterType(3, int.class).changeReturnType(void.class);
        return handle.asType(generic).asSpreader(Object[].class, arrays);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot link a critical downcall to the host entry point", e);
      }
    }
  }
}
