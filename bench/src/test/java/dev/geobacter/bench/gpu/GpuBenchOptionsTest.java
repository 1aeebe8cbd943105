package dev.geobacter.bench.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.bench.gpu.GpuBenchOptions.UsageException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GpuBenchOptionsTest {
  private static GpuBenchOptions parse(Map<String, String> environment, String... args) {
    return GpuBenchOptions.parse(args, environment).orElseThrow();
  }

  @Test
  void defaultsRunEverythingOnCuda0() {
    GpuBenchOptions options = parse(Map.of());
    assertEquals(List.of("saxpy", "reduce", "matmul", "mandelbrot", "nbody", "stencil", "launch", "compile"),
        options.parts());
    assertEquals("cuda:0", options.device());
    assertEquals(0, options.ordinal());
    assertTrue(options.seed() >= 0);
  }

  @Test
  void seedFromTheCommandLineThenTheEnvironment() {
    assertEquals(42, parse(Map.of("BENCH_SEED", "7"), "--seed", "42").seed());
    assertEquals(7, parse(Map.of("BENCH_SEED", " 7 ")).seed());
    assertNotEquals(parse(Map.of()).seed(), parse(Map.of()).seed(), "without a seed each run draws its own");
  }

  @Test
  void onlySelectsPartsInTheirUsualOrder() {
    GpuBenchOptions options = parse(Map.of(), "--only", "compile, saxpy,nbody,saxpy");
    assertEquals(List.of("saxpy", "nbody", "compile"), options.parts());
    assertTrue(options.runs("nbody"));
    assertTrue(!options.runs("reduce"));
  }

  @Test
  void otherDevices() {
    assertEquals(3, parse(Map.of(), "--device", "cuda:3").ordinal());
  }

  @Test
  void helpIsNotARun() {
    assertTrue(GpuBenchOptions.parse(new String[] {"--help"}, Map.of()).isEmpty());
  }

  @Test
  void mistakesSayWhatIsWrong() {
    assertMessage("unknown argument '--fast'", "--fast");
    assertMessage("--seed needs a value", "--seed");
    assertMessage("--seed must be an integer, was 'x'", "--seed", "x");
    assertMessage("--only: no part named 'sgemm'", "--only", "saxpy,sgemm");
    assertMessage("--device must name a CUDA device such as cuda:0, was 'host'", "--device", "host");
    UsageException e = assertThrows(UsageException.class, () -> parse(Map.of("BENCH_SEED", "seven")));
    assertTrue(e.getMessage().startsWith("BENCH_SEED must be an integer, was 'seven'"), e.getMessage());
  }

  private static void assertMessage(String expected, String... args) {
    UsageException e = assertThrows(UsageException.class, () -> parse(Map.of(), args));
    assertTrue(e.getMessage().startsWith(expected + "\nusage: GpuBench"), e.getMessage());
  }
}
