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

/** {@link Saxpy} on a Geobacter device, in plain Java on one thread, and as a parallel stream. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SaxpyBenchmark {
  static final float A = 2.5f;

  @State(Scope.Benchmark)
  public static class Data {
    @Param("4194304")
    public int n;

    float[] x;
    float[] y;
    float[] z;
    float[] expected;

    @Setup(Level.Trial)
    public void generate() {
      x = Inputs.uniform(n, Inputs.SEED, -1f, 1f);
      y = Inputs.uniform(n, Inputs.SEED + 1, -1f, 1f);
      z = new float[n];
      expected = new float[n];
      Saxpy.serial(A, x, y, expected);
    }

    /** A result left over from an earlier iteration must not pass the check. */
    @Setup(Level.Iteration)
    public void clearResult() {
      Arrays.fill(z, Float.NaN);
    }

    @TearDown(Level.Iteration)
    public void check() {
      Results.requireSame("saxpy", expected, z);
    }
  }

  @Benchmark
  public float[] geobacter(Data data, BenchDevice device) {
    Saxpy.launch(device.get(), A, data.x, data.y, data.z);
    return data.z;
  }

  @Benchmark
  public float[] javaSerial(Data data) {
    Saxpy.serial(A, data.x, data.y, data.z);
    return data.z;
  }

  @Benchmark
  public float[] javaParallel(Data data) {
    Saxpy.parallel(A, data.x, data.y, data.z);
    return data.z;
  }
}
