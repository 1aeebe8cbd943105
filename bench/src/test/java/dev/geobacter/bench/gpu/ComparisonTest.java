package dev.geobacter.bench.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  @Test
  void equalArraysHaveNoDifference() {
    assertTrue(Comparison.firstDifference("k", new float[] {1f, Float.NaN}, new float[] {1f, Float.NaN}, i -> "e" + i)
        .isEmpty());
    assertTrue(Comparison.firstDifference("k", new int[] {1, 2}, new int[] {1, 2}, i -> "e" + i).isEmpty());
  }

  @Test
  void oneUlpIsADifferenceAndNamesTheElement() {
    float want = 0.1f;
    Optional<String> difference = Comparison.firstDifference("saxpy", new float[] {1f, Math.nextUp(want)},
        new float[] {1f, want}, i -> "element " + i);
    assertTrue(difference.orElseThrow().startsWith("saxpy: element 1: GPU 0.10000001, CPU 0.1"), difference.get());
  }

  @Test
  void signedZerosDiffer() {
    assertTrue(Comparison.firstDifference("k", new float[] {-0f}, new float[] {0f}, i -> "e" + i).isPresent());
  }

  @Test
  void lengthsMustAgree() {
    assertEquals(Optional.of("k: 1 values from the GPU, 2 expected"),
        Comparison.firstDifference("k", new int[] {1}, new int[] {1, 2}, i -> "e" + i));
  }

  @Test
  void intsNameTheirPosition() {
    assertEquals(Optional.of("mandelbrot: pixel 1: GPU 4, CPU 5"),
        Comparison.firstDifference("mandelbrot", new int[] {3, 4}, new int[] {3, 5}, i -> "pixel " + i));
  }
}
