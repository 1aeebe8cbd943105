package dev.geobacter.math;

/**
 * The binary expansion of 2/pi, 64 bits at a time, for reducing arguments up to
 * {@code Double.MAX_VALUE} (whose exponent needs bits up to about 1100 after the point).
 */
final class TwoOverPiBits {
  private TwoOverPiBits() {}

  /**
   * Bits {@code 64 * index + 1} to {@code 64 * index + 64} after the binary point; 0 for
   * {@code index == -1} (the integer part, which is 0) and for indexes past the table.
   */
  static long word(int index) {
    switch (index) {
      case 0:
        return 0xA2F9836E4E441529L;
      case 1:
        return 0xFC2757D1F534DDC0L;
      case 2:
        return 0xDB6295993C439041L;
      case 3:
        return 0xFE5163ABDEBBC561L;
      case 4:
        return 0xB7246E3A424DD2E0L;
      case 5:
        return 0x06492EEA09D1921CL;
      case 6:
        return 0xFE1DEB1CB129A73EL;
      case 7:
        return 0xE88235F52EBB4484L;
      case 8:
        return 0xE99C7026B45F7E41L;
      case 9:
        return 0x3991D639835339F4L;
      case 10:
        return 0x9C845F8BBDF9283BL;
      case 11:
        return 0x1FF897FFDE05980FL;
      case 12:
        return 0xEF2F118B5A0A6D1FL;
      case 13:
        return 0x6D367ECF27CB09B7L;
      case 14:
        return 0x4F463F669E5FEA2DL;
      case 15:
        return 0x7527BAC7EBE5F17BL;
      case 16:
        return 0x3D0739F78A5292EAL;
      case 17:
        return 0x6BFB5FB11F8D5D08L;
      case 18:
        return 0x56033046FC7B6BABL;
      case 19:
        return 0xF0CFBC209AF4361DL;
      default:
        return 0L;
    }
  }

  /**
   * The 64 bits of 2/pi that start after bit {@code position} (bit 1 is the first after the point);
   * a negative position reads the zero integer part first. {@code position >= -64}.
   */
  static long bitsAfter(int position) {
    int index = position >> 6;
    int shift = position & 63;
    // Shifting right by 1, then by 63 - shift, is a right shift by 64 - shift that also works for shift 0.
    return (word(index) << shift) | ((word(index + 1) >>> 1) >>> (63 - shift));
  }
}
