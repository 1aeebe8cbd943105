package dev.geobacter.cuda.driver;

/** Bounds checks for copies, so a wrong size is an exception instead of memory corruption. */
final class Ranges {
  private Ranges() {}

  /** Throws unless {@code [offset, offset + count)} lies within {@code size} bytes of {@code buffer}. */
  static void check(long count, long offset, long size, Object buffer) {
    if (count < 0 || offset < 0 || offset > size || count > size - offset) {
      throw new IndexOutOfBoundsException(count + " bytes at offset " + offset + " do not fit in " + buffer);
    }
  }
}
