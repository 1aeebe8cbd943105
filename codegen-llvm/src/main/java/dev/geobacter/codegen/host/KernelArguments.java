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
 * One launch's arguments in native memory: the slot block of {@link ArgumentLayout} and an
 * off-heap copy of every array, copied back into the Java arrays after the launch unless the
 * kernel never writes that parameter. An array passed for several parameters gets one copy, so
 * the parameters alias as they do in Java. (Copies, not pinning: generated code runs on many
 * threads for as long as the launch takes, outside any JNI critical region.)
 */
final class KernelArguments implements AutoCloseable {
  private final Memory block;
  private final BufferPool pool;
  /** Each distinct array (by identity) and its native copy, in parameter order. */
  private final Map<Object, Memory> buffers = new IdentityHashMap<>();
  private final Set<Object> copyBack = Collections.newSetFromMap(new IdentityHashMap<>());

  KernelArguments(ArgumentLayout layout, Object[] args, java.util.BitSet written, BufferPool pool, String kernelName) {
    this.pool = pool;
    List<JavaType> parameters = layout.parameters();
    if (args.length != parameters.size()) {
      throw new IllegalArgumentException(kernelName + " takes " + parameters.size() + " arguments, " + args.length
          + " were given");
    }
    block = new Memory(layout.bytes());
    block.clear();
    for (int i = 0; i < args.length; i++) {
      write(parameters.get(i), args[i], layout.offset(i), i, written.get(i), kernelName);
    }
  }

  Pointer block() {
    return block;
  }

  private void write(JavaType type, Object value, long offset, int index, boolean copyBack, String kernelName) {
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
      case ARRAY -> writeArray(type, value, offset, index, copyBack, kernelName);
      case VOID, REFERENCE -> throw new IllegalArgumentException("parameter " + index + " of " + kernelName
          + " has type " + type.javaName() + ", which the host device cannot pass");
    }
  }

  private void writeArray(JavaType type, Object value, long offset, int index, boolean copyBack,
      String kernelName) {
    PrimitiveArrays.Copier copier = PrimitiveArrays.copier(type.elementKind());
    if (!copier.arrayClass().isInstance(value)) throw mismatch(value, type, index, kernelName);
    int length = java.lang.reflect.Array.getLength(value);
    Memory buffer = length == 0 ? null : buffers.get(value);
    if (length > 0 && buffer == null) {
      buffer = pool.take((long) length * type.elementKind().storageBytes());
      copier.toNative(value, buffer);
      buffers.put(value, buffer);
    }
    if (buffer != null && copyBack) this.copyBack.add(value);
    block.setPointer(offset, buffer);
    block.setInt(offset + ArgumentLayout.SLOT_BYTES, length);
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
