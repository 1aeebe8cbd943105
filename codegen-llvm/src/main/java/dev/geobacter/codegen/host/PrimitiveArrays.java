package dev.geobacter.codegen.host;

import com.sun.jna.Pointer;
import dev.geobacter.codegen.JavaType;

/** Bulk copies between Java primitive arrays and native memory, per element kind. */
final class PrimitiveArrays {
  /** Copies one kind of array; booleans are one byte each, 0 or 1, as generated code expects. */
  interface Copier {
    Class<?> arrayClass();

    void toNative(Object array, Pointer memory);

    void toJava(Pointer memory, Object array);
  }

  private PrimitiveArrays() {}

  static Copier copier(JavaType.Kind kind) {
    return switch (kind) {
      case BOOLEAN -> new BooleanCopier();
      case BYTE -> of(byte[].class, (a, m) -> m.write(0, (byte[]) a, 0, ((byte[]) a).length),
          (m, a) -> m.read(0, (byte[]) a, 0, ((byte[]) a).length));
      // JNA's char is the C wchar_t (4 bytes here); Java chars travel as 16-bit units.
      case CHAR -> of(char[].class, (a, m) -> chars(m, ((char[]) a).length).put((char[]) a),
          (m, a) -> chars(m, ((char[]) a).length).get((char[]) a));
      case SHORT -> of(short[].class, (a, m) -> m.write(0, (short[]) a, 0, ((short[]) a).length),
          (m, a) -> m.read(0, (short[]) a, 0, ((short[]) a).length));
      case INT -> of(int[].class, (a, m) -> m.write(0, (int[]) a, 0, ((int[]) a).length),
          (m, a) -> m.read(0, (int[]) a, 0, ((int[]) a).length));
      case LONG -> of(long[].class, (a, m) -> m.write(0, (long[]) a, 0, ((long[]) a).length),
          (m, a) -> m.read(0, (long[]) a, 0, ((long[]) a).length));
      case FLOAT -> of(float[].class, (a, m) -> m.write(0, (float[]) a, 0, ((float[]) a).length),
          (m, a) -> m.read(0, (float[]) a, 0, ((float[]) a).length));
      case DOUBLE -> of(double[].class, (a, m) -> m.write(0, (double[]) a, 0, ((double[]) a).length),
          (m, a) -> m.read(0, (double[]) a, 0, ((double[]) a).length));
      case VOID, ARRAY, REFERENCE -> throw new IllegalArgumentException("no primitive arrays of " + kind);
    };
  }

  private static java.nio.CharBuffer chars(Pointer memory, int length) {
    return memory.getByteBuffer(0, 2L * length).order(java.nio.ByteOrder.nativeOrder()).asCharBuffer();
  }

  private interface Transfer<A, B> {
    void apply(A from, B to);
  }

  private static Copier of(Class<?> arrayClass, Transfer<Object, Pointer> toNative, Transfer<Pointer, Object> toJava) {
    return new BulkCopier(arrayClass, toNative, toJava);
  }

  private record BulkCopier(Class<?> arrayClass, Transfer<Object, Pointer> in, Transfer<Pointer, Object> out)
      implements Copier {
    @Override
    public void toNative(Object array, Pointer memory) {
      in.apply(array, memory);
    }

    @Override
    public void toJava(Pointer memory, Object array) {
      out.apply(memory, array);
    }
  }

  private static final class BooleanCopier implements Copier {
    @Override
    public Class<?> arrayClass() {
      return boolean[].class;
    }

    @Override
    public void toNative(Object array, Pointer memory) {
      boolean[] values = (boolean[]) array;
      byte[] bytes = new byte[values.length];
      for (int i = 0; i < values.length; i++) bytes[i] = (byte) (values[i] ? 1 : 0);
      memory.write(0, bytes, 0, bytes.length);
    }

    @Override
    public void toJava(Pointer memory, Object array) {
      boolean[] values = (boolean[]) array;
      byte[] bytes = memory.getByteArray(0, values.length);
      for (int i = 0; i < values.length; i++) values[i] = bytes[i] != 0;
    }
  }
}
