package dev.geobacter.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** {@link Mandelbrot} on a Geobacter device, in plain Java on one thread, and as a parallel stream. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MandelbrotBenchmark {
  @State(Scope.Benchmark)
  public static class Data {
    /** Width and height of the image in pixels. */
    @Param("1024")
    public int size;

    @Param("256")
    public int maxIterations;

    int[] counts;
    int[] expected;

    @Setup(Level.Trial)
    public void generate() {
      counts = new int[size * size];
      expected = new int[size * size];
      Mandelbrot.serial(expected, size, size, maxIterations);
    }

    /** A result left over from an earlier iteration must not pass the check. */
    @Setup(Level.Iteration)
    public void clearResult() {
      Arrays.fill(counts, -1);
    }

    @TearDown(Level.Iteration)
    public void check() {
      Results.requireSame("mandelbrot", expected, counts);
    }
  }

  @Benchmark
  public int[] geobacter(Data data, BenchDevice device) {
    Mandelbrot.launch(device.get(), data.counts, data.size, data.size, data.maxIterations);
    return data.counts;
  }

  @Benchmark
  public int[] javaSerial(Data data) {
    Mandelbrot.serial(data.counts, data.size, data.size, data.maxIterations);
    return data.counts;
  }

  @Benchmark
  public int[] javaParallel(Data data) {
    Mandelbrot.parallel(data.counts, data.size, data.size, data.maxIterations);
    return data.counts;
  }
}
