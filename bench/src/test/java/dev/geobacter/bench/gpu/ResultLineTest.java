package dev.geobacter.bench.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResultLineTest {
  @Test
  void formatsLikeTheBaselinePrograms() {
    ResultLine line = ResultLine.of("saxpy", ResultLine.CHECKED, 0.30449, true).with("gb_s", 2645.678);
    assertEquals("kernel=saxpy impl=geobacter median_ms=0.3045 check=ok gb_s=2645.68", line.format());
  }

  @Test
  void failedChecksAndExtrasInOrder() {
    ResultLine line = ResultLine.of("reduce", ResultLine.UNCHECKED, 1.5, false).with("gb_s", 1.0)
        .with("scratch", "global_memory");
    assertEquals("kernel=reduce impl=geobacter_nocheck median_ms=1.5000 check=FAIL gb_s=1.00 scratch=global_memory",
        line.format());
  }

  @Test
  void aMeasurementThatDidNotRunIsNaN() {
    assertEquals("kernel=nbody impl=geobacter median_ms=NaN check=FAIL",
        ResultLine.of("nbody", ResultLine.CHECKED, Double.NaN, false).format());
  }

  @Test
  void wordsThatWouldBreakTheTableAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ResultLine.of("sax py", "geobacter", 1, true));
    assertThrows(IllegalArgumentException.class, () -> ResultLine.of("saxpy", "a=b", 1, true));
    assertThrows(IllegalArgumentException.class, () -> ResultLine.of("saxpy", "geobacter", 1, true).with("", "x"));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Samples.median(new double[] {5, 1, 3}));
    assertEquals(2.5, Samples.median(new double[] {4, 1, 3, 2}));
    assertEquals(7.0, Samples.median(new double[] {7}));
    assertThrows(IllegalArgumentException.class, () -> Samples.median(new double[0]));
  }

  @Test
  void medianDoesNotReorderTheSamples() {
    double[] samples = {3, 1, 2};
    Samples.median(samples);
    assertEquals(3.0, samples[0]);
  }
}
