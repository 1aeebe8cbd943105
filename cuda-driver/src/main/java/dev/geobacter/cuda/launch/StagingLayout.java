package dev.geobacter.cuda.launch;

/**
 * Where each part of one launch lives in the pinned staging buffer: the launch status first, then
 * each array at a 256-byte boundary (the alignment the driver gives device allocations, which
 * keeps copies at full speed).
 */
final class StagingLayout {
  static final int ALIGNMENT = 256;

  private final long[] offsets;
  private final long total;

  /** {@code arrayBytes[i]} is the size of parameter {@code i}'s array, or -1 for a scalar. */
  StagingLayout(long headerBytes, long[] arrayBytes) {
    offsets = new long[arrayBytes.length];
    long next = align(headerBytes);
    for (int i = 0; i < arrayBytes.length; i++) {
      if (arrayBytes[i] < 0) {
        offsets[i] = -1;
        continue;
      }
      offsets[i] = next;
      next = align(next + arrayBytes[i]);
    }
    total = next;
  }

  /** The offset of parameter {@code index}'s array (-1 for a scalar). */
  long offset(int index) {
    return offsets[index];
  }

  /** Bytes the whole staging area needs. */
  long total() {
    return total;
  }

  static long align(long bytes) {
    return (bytes + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
  }
}
