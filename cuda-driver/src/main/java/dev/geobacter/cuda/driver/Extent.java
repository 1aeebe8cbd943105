package dev.geobacter.cuda.driver;

/** Three sizes, x y z: a grid or block shape, or the device's limits on one. */
public record Extent(int x, int y, int z) {
  public int get(int dimension) {
    return switch (dimension) {
      case 0 -> x;
      case 1 -> y;
      case 2 -> z;
      default -> throw new IllegalArgumentException("dimension must be 0, 1 or 2, was " + dimension);
    };
  }

  @Override
  public String toString() {
    return x + "x" + y + "x" + z;
  }
}
