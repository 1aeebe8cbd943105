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

/** {@link Matmul} on a Geobacter device, in plain Java on one thread, and as a parallel stream. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MatmulBenchmark {
  @State(Scope.Benchmark)
  public static class Data {
    /** Rows and columns of each square matrix. */
    @Param("512")
    public int dim;

    float[] a;
    float[] b;
    float[] c;
    float[] expected;

    @Setup(Level.Trial)
    public void generate() {
      a = Inputs.uniform(dim * dim, Inputs.SEED, -1f, 1f);
      b = Inputs.uniform(dim * dim, Inputs.SEED + 1, -1f, 1f);
      c = new float[dim * dim];
      expected = new float[dim * dim];
      Matmul.serial(a, b, expected, dim);
    }

    /** A result left over from an earlier iteration must not pass the check. */
    @Setup(Level.Iteration)
    public void clearResult() {
      Arrays.fill(c, Float.NaN);
    }

    @TearDown(Level.Iteration)
    public void check() {
      Results.requireSame("matmul", expected, c);
    }
  }

  @Benchmark
  public float[] geobacter(Data data, BenchDevice device) {
    Matmul.launch(device.get(), data.a, data.b, data.c, data.dim);
    return data.c;
  }

  @Benchmark
  public float[] javaSerial(Data data) {
    Matmul.serial(data.a, data.b, data.c, data.dim);
    return data.c;
  }

  @Benchmark
  public float[] javaParallel(Data data) {
    Matmul.parallel(data.a, data.b, data.c, data.dim);
    return data.c;
  }
}
