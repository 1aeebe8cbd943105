package dev.geobacter.cuda.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Memory;
import dev.geobacter.codegen.JavaType.Kind;
import org.junit.jupiter.api.Test;

/** The staging area's layout and the array copies through it, with plain native memory. */
class StagingTest {
  @Test
  void arraysStartAtAlignedOffsetsAfterTheStatus() {
    StagingLayout layout = new StagingLayout(32, new long[] {-1, 4000, 0, 12});
    assertEquals(-1, layout.offset(0));
    assertEquals(256, layout.offset(1));
    assertEquals(256 + 4096, layout.offset(2));
    assertEquals(256 + 4096, layout.offset(3));
    assertEquals(256 + 4096 + 256, layout.total());
  }

  @Test
  void everyElementKindRoundTripsInTheKernelsLayout() {
    try (Memory memory = new Memory(1024)) {
      memory.clear();
      roundTrip(memory, Kind.BOOLEAN, new boolean[] {true, false, true}, new boolean[3]);
      assertEquals(1, memory.getByte(16), "booleans are one byte, 1 for true");
      roundTrip(memory, Kind.BYTE, new byte[] {-1, 2}, new byte[2]);
      roundTrip(memory, Kind.CHAR, new char[] {'a', '\uffff', 0}, new char[3]);
      assertEquals((short) 0xffff, memory.getShort(18), "chars are 16 bits");
      roundTrip(memory, Kind.SHORT, new short[] {-3, 300}, new short[2]);
      roundTrip(memory, Kind.INT, new int[] {Integer.MIN_VALUE, 7}, new int[2]);
      roundTrip(memory, Kind.LONG, new long[] {Long.MAX_VALUE, -1}, new long[2]);
      roundTrip(memory, Kind.FLOAT, new float[] {Float.NaN, -0f, 1e-45f}, new float[3]);
      roundTrip(memory, Kind.DOUBLE, new double[] {Math.PI, Double.NEGATIVE_INFINITY}, new double[2]);
    }
  }

  private static void roundTrip(Memory memory, Kind kind, Object values, Object target) {
    ArrayCopies.toNative(kind, values, memory, 16);
    ArrayCopies.toJava(kind, memory, 16, target);
    switch (kind) {
      case BOOLEAN -> assertArrayEquals((boolean[]) values, (boolean[]) target);
      case BYTE -> assertArrayEquals((byte[]) values, (byte[]) target);
      case CHAR -> assertArrayEquals((char[]) values, (char[]) target);
      case SHORT -> assertArrayEquals((short[]) values, (short[]) target);
      case INT -> assertArrayEquals((int[]) values, (int[]) target);
      case LONG -> assertArrayEquals((long[]) values, (long[]) target);
      case FLOAT -> assertArrayEquals((float[]) values, (float[]) target);
      case DOUBLE -> assertArrayEquals((double[]) values, (double[]) target);
      default -> throw new AssertionError(kind);
    }
    assertEquals(java.lang.reflect.Array.getLength(values) * (long) kind.storageBytes(), ArrayCopies.bytes(kind, values));
  }
}
