package dev.geobacter.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResultsTest {
  @Test
  void equalFloatsPassBitForBit() {
    assertDoesNotThrow(() -> Results.requireSame("t", new float[] {1f, Float.NaN, -0f}, new float[] {1f, Float.NaN, -0f}));
  }

  @Test
  void oneUlpIsAMismatchAndTheMessageSaysWhere() {
    float[] expected = {1f, 2f, 3f, 4f};
    float[] actual = {1f, Math.nextUp(2f), 3f, 5f};
    var e = assertThrows(IllegalStateException.class, () -> Results.requireSame("saxpy", expected, actual));
    assertEquals("saxpy: 2 of 4 floats differ from plain Java; first at index 1: expected 2.0 (bits 0x40000000), "
        + "got 2.0000002 (bits 0x40000001)", e.getMessage());
  }

  @Test
  void signedZerosDiffer() {
    assertThrows(IllegalStateException.class, () -> Results.requireSame("t", new float[] {0f}, new float[] {-0f}));
  }

  @Test
  void intMismatchesAreReported() {
    var e = assertThrows(IllegalStateException.class,
        () -> Results.requireSame("mandelbrot", new int[] {7, 8, 9}, new int[] {7, 8, -1}));
    assertEquals("mandelbrot: 1 of 3 ints differ from plain Java; first at index 2: expected 9, got -1", e.getMessage());
    assertDoesNotThrow(() -> Results.requireSame("mandelbrot", new int[] {7, 8}, new int[] {7, 8}));
  }

  @Test
  void lengthsMustAgree() {
    var e = assertThrows(IllegalStateException.class, () -> Results.requireSame("matmul", new float[2], new float[3]));
    assertEquals("matmul: result has 3 elements, plain Java has 2", e.getMessage());
  }
}
