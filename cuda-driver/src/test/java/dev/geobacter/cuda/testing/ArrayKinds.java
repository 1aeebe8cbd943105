package dev.geobacter.cuda.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.geobacter.Device;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.Kernel8;
import java.util.Random;

/**
 * One random array of every element kind the {@code arrays} test kernel takes, for comparing two
 * ways of running it: each run gets its own {@link #copy()}, and the results must be equal.
 */
public final class ArrayKinds {
  public final boolean[] flags;
  public final byte[] bytes;
  public final char[] chars;
  public final short[] shorts;
  public final long[] longs;
  public final float[] floats;

  private ArrayKinds(boolean[] flags, byte[] bytes, char[] chars, short[] shorts, long[] longs, float[] floats) {
    this.flags = flags;
    this.bytes = bytes;
    this.chars = chars;
    this.shorts = shorts;
    this.longs = longs;
    this.floats = floats;
  }

  public static ArrayKinds random(int n, long seed) {
    Random random = new Random(seed);
    ArrayKinds arrays = new ArrayKinds(new boolean[n], new byte[n], new char[n], new short[n], null, new float[n]);
    for (int i = 0; i < n; i++) {
      arrays.flags[i] = random.nextBoolean();
      arrays.bytes[i] = (byte) random.nextInt();
      arrays.chars[i] = (char) random.nextInt();
      arrays.shorts[i] = (short) random.nextInt();
      arrays.floats[i] = random.nextFloat() * 100 - 50;
    }
    return new ArrayKinds(arrays.flags, arrays.bytes, arrays.chars, arrays.shorts, random.longs(n).toArray(),
        arrays.floats);
  }

  public ArrayKinds copy() {
    return new ArrayKinds(flags.clone(), bytes.clone(), chars.clone(), shorts.clone(), longs.clone(), floats.clone());
  }

  /** Launches {@code kernel} over every element with the fixed scalars the tests use. */
  public void launch(Device device,
      KernelInstance<Kernel8<boolean[], byte[], char[], short[], long[], float[], Long, Double>> kernel) {
    device.launch(kernel, Grid.of(flags.length, 64), flags, bytes, chars, shorts, longs, floats, -77L, 3.5);
  }

  public Object[] all() {
    return new Object[] {flags, bytes, chars, shorts, longs, floats};
  }

  public void assertSameAs(ArrayKinds expected) {
    assertArrayEquals(expected.flags, flags);
    assertArrayEquals(expected.bytes, bytes);
    assertArrayEquals(expected.chars, chars);
    assertArrayEquals(expected.shorts, shorts);
    assertArrayEquals(expected.longs, longs);
    assertArrayEquals(expected.floats, floats);
  }
}
