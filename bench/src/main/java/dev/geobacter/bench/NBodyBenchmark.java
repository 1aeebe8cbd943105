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

/** One {@link NBody} step on a Geobacter device, in plain Java on one thread, and as a parallel stream. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NBodyBenchmark {
  static final float DT = 0.01f;
  /** Softening: keeps close pairs (and each body with itself) finite. */
  static final float EPS = 0.01f;

  @State(Scope.Benchmark)
  public static class Data {
    @Param("16384")
    public int bodies;

    float[] pos;
    float[] vel;
    float[] newPos;
    float[] newVel;
    float[] expectedPos;
    float[] expectedVel;

    @Setup(Level.Trial)
    public void generate() {
      pos = Inputs.bodies(bodies, Inputs.SEED);
      vel = Inputs.velocities(bodies, Inputs.SEED + 1);
      newPos = new float[pos.length];
      newVel = new float[vel.length];
      expectedPos = new float[pos.length];
      expectedVel = new float[vel.length];
      NBody.serial(pos, vel, expectedPos, expectedVel, DT, EPS);
    }

    /** A result left over from an earlier iteration must not pass the check. */
    @Setup(Level.Iteration)
    public void clearResult() {
      Arrays.fill(newPos, Float.NaN);
      Arrays.fill(newVel, Float.NaN);
    }

    @TearDown(Level.Iteration)
    public void check() {
      Results.requireSame("nbody positions", expectedPos, newPos);
      Results.requireSame("nbody velocities", expectedVel, newVel);
    }
  }

  @Benchmark
  public float[] geobacter(Data data, BenchDevice device) {
    NBody.launch(device.get(), data.pos, data.vel, data.newPos, data.newVel, DT, EPS);
    return data.newPos;
  }

  @Benchmark
  public float[] javaSerial(Data data) {
    NBody.serial(data.pos, data.vel, data.newPos, data.newVel, DT, EPS);
    return data.newPos;
  }

  @Benchmark
  public float[] javaParallel(Data data) {
    NBody.parallel(data.pos, data.vel, data.newPos, data.newVel, DT, EPS);
    return data.newPos;
  }
}
