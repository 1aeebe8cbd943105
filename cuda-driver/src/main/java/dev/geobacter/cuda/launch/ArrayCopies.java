package dev.geobacter.cuda.launch;

import com.sun.jna.Pointer;
import dev.geobacter.codegen.JavaType;
import java.nio.ByteOrder;

/**
 * Bulk copies between Java primitive arrays and native memory, in the layout kernels use: each
 * element at its natural size, booleans as one byte (0 or 1), {@code char} as 16 bits (not JNA's
 * 32-bit {@code wchar_t}).
 */
final class ArrayCopies {
  private ArrayCopies() {}

  /** Bytes that {@code array} (a primitive array of {@code element}s) takes in native memory. */
  static long bytes(JavaType.Kind element, Object array) {
    return (long) java.lang.reflect.Array.getLength(array) * element.storageBytes();
  }

  static void toNative(JavaType.Kind element, Object array, Pointer memory, long offset) {
    switch (element) {
      case BOOLEAN -> {
        boolean[] values = (boolean[]) array;
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) bytes[i] = (byte) (values[i] ? 1 : 0);
        memory.write(offset, bytes, 0, bytes.length);
      }
      case BYTE -> memory.write(offset, (byte[]) array, 0, ((byte[]) array).length);
      case CHAR -> chars(memory, offset, ((char[]) array).length).put((char[]) array);
      case SHORT -> memory.write(offset, (short[]) array, 0, ((short[]) array).length);
      case INT -> memory.write(offset, (int[]) array, 0, ((int[]) array).length);
      case LONG -> memory.write(offset, (long[]) array, 0, ((long[]) array).length);
      case FLOAT -> memory.write(offset, (float[]) array, 0, ((float[]) array).length);
      case DOUBLE -> memory.write(offset, (double[]) array, 0, ((double[]) array).length);
      case VOID, ARRAY, REFERENCE -> throw new IllegalArgumentException("no primitive arrays of " + element);
    }
  }

  static void toJava(JavaType.Kind element, Pointer memory, long offset, Object array) {
    switch (element) {
      case BOOLEAN -> {
        boolean[] values = (boolean[]) array;
        byte[] bytes = memory.getByteArray(offset, values.length);
        for (int i = 0; i < values.length; i++) values[i] = bytes[i] != 0;
      }
      case BYTE -> memory.read(offset, (byte[]) array, 0, ((byte[]) array).length);
      case CHAR -> chars(memory, offset, ((char[]) array).length).get((char[]) array);
      case SHORT -> memory.read(offset, (short[]) array, 0, ((short[]) array).length);
      case INT -> memory.read(offset, (int[]) array, 0, ((int[]) array).length);
      case LONG -> memory.read(offset, (long[]) array, 0, ((long[]) array).length);
      case FLOAT -> memory.read(offset, (float[]) array, 0, ((float[]) array).length);
      case DOUBLE -> memory.read(offset, (double[]) array, 0, ((double[]) array).length);
      case VOID, ARRAY, REFERENCE -> throw new IllegalArgumentException("no primitive arrays of " + element);
    }
  }

  private static java.nio.CharBuffer chars(Pointer memory, long offset, int length) {
    return memory.getByteBuffer(offset, 2L * length).order(ByteOrder.nativeOrder()).asCharBuffer();
  }
}
