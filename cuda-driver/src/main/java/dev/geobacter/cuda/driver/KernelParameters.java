package dev.geobacter.cuda.driver;

import com.sun.jna.Memory;

/**
 * The {@code void** kernelParams} of {@code cuLaunchKernel}, built once and rewritten in place for
 * each launch: an array of pointers, each to its own 8-byte value slot in the same block. The
 * driver reads as many bytes from each slot as the kernel's parameter has, so a 4-byte
 * {@code int} or {@code float} sits in the slot's low bytes (little-endian).
 */
public final class KernelParameters implements AutoCloseable {
  private static final int SLOT_BYTES = 8;

  private final int count;
  private final Memory block;
  private final long values;

  public KernelParameters(int count) {
    if (count < 0) throw new IllegalArgumentException("parameter count " + count);
    this.count = count;
    this.block = new Memory(Math.max(1, 2L * count) * SLOT_BYTES);
    block.clear();
    this.values = (long) count * SLOT_BYTES;
    for (int i = 0; i < count; i++) block.setPointer((long) i * SLOT_BYTES, block.share(values + (long) i * SLOT_BYTES));
  }

  public int count() {
    return count;
  }

  public void setInt(int index, int value) {
    block.setLong(slot(index), value & 0xFFFF_FFFFL);
  }

  public void setLong(int index, long value) {
    block.setLong(slot(index), value);
  }

  public void setFloat(int index, float value) {
    setInt(index, Float.floatToRawIntBits(value));
  }

  public void setDouble(int index, double value) {
    setLong(index, Double.doubleToRawLongBits(value));
  }

  /** A device address ({@code CUdeviceptr}), or 0 for a null pointer. */
  public void setAddress(int index, long address) {
    setLong(index, address);
  }

  /** The bytes of value slot {@code index} as a {@code long}, for tests and debugging. */
  public long rawValue(int index) {
    return block.getLong(slot(index));
  }

  /** The address of the pointer array the driver reads. */
  long address() {
    return com.sun.jna.Pointer.nativeValue(block);
  }

  /** The pointer array's entry {@code index}: the address of that parameter's value slot. */
  long slotAddress(int index) {
    return com.sun.jna.Pointer.nativeValue(block.getPointer((long) index * SLOT_BYTES));
  }

  long valueAddress(int index) {
    return address() + slot(index);
  }

  private long slot(int index) {
    if (index < 0 || index >= count) throw new IndexOutOfBoundsException("kernel parameter " + index + " of " + count);
    return values + (long) index * SLOT_BYTES;
  }

  @Override
  public void close() {
    block.close();
  }
}
