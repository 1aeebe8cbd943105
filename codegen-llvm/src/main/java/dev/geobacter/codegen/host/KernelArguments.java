package dev.geobacter.codegen.host;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.geobacter.codegen.JavaType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One launch's arguments: the slot block of {@link ArgumentLayout} in native memory and one data
 * argument per array parameter. Passed in place, an array is a heap segment over the Java array
 * itself (see {@link CriticalCalls}). Otherwise it gets an off-heap copy, copied back into the
 * Java array after the launch unless the kernel never writes that parameter; {@code boolean[]}
 * is always copied, as FFM has no heap segments of it. An array passed for several parameters is
 * one array (in place) or gets one copy, so the parameters alias as they do in Java.
 */
final class KernelArguments implements AutoCloseable {
  private final Memory block;
  private final BufferPool pool;
  private final boolean inPlace;
  /** Per array parameter: a JNA pointer (or null) for a copying call, a memory segment for an in-place one. */
  private final Object[] arrayArguments;
  /** Each distinct array (by identity) and its native copy, in parameter order. */
  private final Map<Object, Memory> buffers = new IdentityHashMap<>();
  private final Set<Object> copyBack = Collections.newSetFromMap(new IdentityHashMap<>());

  KernelArguments(ArgumentLayout layout, Object[] args, java.util.BitSet written, BufferPool pool, String kernelName,
      boolean inPlace) {
    this.pool = pool;
    this.inPlace = inPlace;
    this.arrayArguments = new Object[layout.arrayCount()];
    List<JavaType> parameters = layout.parameters();
    if (args.length != parameters.size()) {
      throw new IllegalArgumentException(kernelName + " takes " + parameters.size() + " arguments, " + args.length
          + " were given");
    }
    block = new Memory(layout.bytes());
    block.clear();
    try {
      for (int i = 0; i < args.length; i++) write(layout, parameters.get(i), args[i], i, written.get(i), kernelName);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  Pointer block() {
    return block;
  }

  /** The data arguments of the entry point, one per array parameter, in parameter order. */
  Object[] arrays() {
    return arrayArguments;
  }

  /** How many distinct arrays were copied off-heap for this launch. */
  int copies() {
    return buffers.size();
  }

  private void write(ArgumentLayout layout, JavaType type, Object value, int index, boolean copyBack,
      String kernelName) {
    long offset = layout.offset(index);
    if (value == null) {
      throw new IllegalArgumentException("argument " + index + " of " + kernelName + " is null; pass a "
          + type.javaName());
    }
    switch (type.kind()) {
      case BOOLEAN -> block.setByte(offset, (byte) (expect(value, Boolean.class, type, index, kernelName) ? 1 : 0));
      case BYTE -> block.setByte(offset, expect(value, Byte.class, type, index, kernelName));
      // Not setChar: JNA's char is the C wchar_t, 4 bytes here.
      case CHAR -> block.setShort(offset, (short) expect(value, Character.class, type, index, kernelName).charValue());
      case SHORT -> block.setShort(offset, expect(value, Short.class, type, index, kernelName));
      case INT -> block.setInt(offset, expect(value, Integer.class, type, index, kernelName));
      case LONG -> block.setLong(offset, expect(value, Long.class, type, index, kernelName));
      case FLOAT -> block.setFloat(offset, expect(value, Float.class, type, index, kernelName));
      case DOUBLE -> block.setDouble(offset, expect(value, Double.class, type, index, kernelName));
      case ARRAY -> {
        checkArray(type, value, index, kernelName);
        block.setInt(offset, java.lang.reflect.Array.getLength(value));
        arrayArguments[layout.arrayOrdinal(index)] = pass(type, value, copyBack);
      }
      case VOID, REFERENCE -> throw new IllegalArgumentException("parameter " + index + " of " + kernelName
          + " has type " + type.javaName() + ", which the host device cannot pass");
    }
  }

  private static void checkArray(JavaType type, Object value, int index, String kernelName) {
    if (!PrimitiveArrays.copier(type.elementKind()).arrayClass().isInstance(value)) {
      throw mismatch(value, type, index, kernelName);
    }
  }

  /** The array's data argument: the array itself where it can be passed in place, else a copy's address. */
  private Object pass(JavaType type, Object array, boolean copyBack) {
    if (inPlace) {
      Object segment = CriticalCalls.heapSegment(array);
      if (segment != null) return segment;
    }
    Memory copy = copyOf(type, array, copyBack);
    return inPlace ? CriticalCalls.nativeSegment(copy == null ? 0 : Pointer.nativeValue(copy)) : copy;
  }

  /** The off-heap copy of {@code array}, made on its first use in this launch (null when it is empty). */
  private Memory copyOf(JavaType type, Object array, boolean copyBack) {
    int length = java.lang.reflect.Array.getLength(array);
    if (length == 0) return null;
    Memory buffer = buffers.get(array);
    if (buffer == null) {
      buffer = pool.take((long) length * type.elementKind().storageBytes());
      PrimitiveArrays.copier(type.elementKind()).toNative(array, buffer);
      buffers.put(array, buffer);
    }
    if (copyBack) this.copyBack.add(array);
    return buffer;
  }

  /** Copies the arrays the kernel may have written back from native memory. */
  void copyBack() {
    for (Object array : copyBack) {
      PrimitiveArrays.copier(JavaType.of(array.getClass().descriptorString()).elementKind())
          .toJava(buffers.get(array), array);
    }
  }

  private static <T> T expect(Object value, Class<T> boxed, JavaType type, int index, String kernelName) {
    if (!boxed.isInstance(value)) throw mismatch(value, type, index, kernelName);
    return boxed.cast(value);
  }

  private static IllegalArgumentException mismatch(Object value, JavaType type, int index, String kernelName) {
    return new IllegalArgumentException("argument " + index + " of " + kernelName + " must be a " + type.javaName()
        + ", not a " + value.getClass().getTypeName());
  }

  @Override
  public void close() {
    buffers.values().forEach(pool::give);
    block.close();
  }
}
