package dev.geobacter.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The per-iteration check of each benchmark: it passes after a variant computed the result and
 * fails when no variant wrote it (the output is reset before every iteration) or one was wrong.
 */
class BenchmarkChecksTest {
  @Test
  void saxpy() {
    var data = new SaxpyBenchmark.Data();
    data.n = 777;
    data.generate();
    data.clearResult();
    assertThrows(IllegalStateException.class, data::check);
    new SaxpyBenchmark().javaParallel(data);
    assertDoesNotThrow(data::check);
    data.z[776] = Math.nextDown(data.z[776]);
    assertThrows(IllegalStateException.class, data::check);
  }

  @Test
  void mandelbrot() {
    var data = new MandelbrotBenchmark.Data();
    data.size = 40;
    data.maxIterations = 50;
    data.generate();
    data.clearResult();
    assertThrows(IllegalStateException.class, data::check);
    new MandelbrotBenchmark().javaSerial(data);
    assertDoesNotThrow(data::check);
  }

  @Test
  void matmul() {
    var data = new MatmulBenchmark.Data();
    data.dim = 17;
    data.generate();
    data.clearResult();
    assertThrows(IllegalStateException.class, data::check);
    new MatmulBenchmark().javaParallel(data);
    assertDoesNotThrow(data::check);
  }

  @Test
  void nbody() {
    var data = new NBodyBenchmark.Data();
    data.bodies = 100;
    data.generate();
    data.clearResult();
    assertThrows(IllegalStateException.class, data::check);
    new NBodyBenchmark().javaSerial(data);
    assertDoesNotThrow(data::check);
    data.newVel[5] += 1f;
    assertThrows(IllegalStateException.class, data::check);
  }

  @Test
  void theDeviceVariantIsCheckedTheSameWay() {
    var data = new MatmulBenchmark.Data();
    data.dim = 19;
    data.generate();
    data.clearResult();
    var device = new BenchDevice();
    device.device = "jvm";
    device.open();
    try {
      new MatmulBenchmark().geobacter(data, device);
      assertDoesNotThrow(data::check);
    } finally {
      device.close();
    }
  }
}
