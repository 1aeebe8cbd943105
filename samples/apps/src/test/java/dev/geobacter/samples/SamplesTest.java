package dev.geobacter.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples, run as a user runs them, on the jvm device and on the default device. */
class SamplesTest {
  @Test
  void saxpyMatchesPlainJavaOnJvm() {
    try (Device device = Device.byName("jvm")) {
      assertEquals(0, Saxpy.run(device, 10_000, 1.5f, 1));
    }
  }

  @Test
  void saxpyMatchesPlainJavaOnTheDefaultDevice() {
    try (Device device = Device.best()) {
      assertEquals(0, Saxpy.run(device, 4099, -3f, 2));
    }
  }

  @Test
  void mandelbrotMatchesPlainJavaAndWritesAPng(@TempDir Path dir) throws Exception {
    try (Device device = Device.byName("jvm")) {
      int[] iterations = Mandelbrot.render(device, 120, 80);
      assertArrayEquals(Mandelbrot.renderInJava(120, 80), iterations);
      Path png = dir.resolve("m.png");
      Mandelbrot.writePng(iterations, 120, 80, png);
      assertTrue(Files.size(png) > 0);
      var image = ImageIO.read(png.toFile());
      assertEquals(120, image.getWidth());
      assertEquals(80, image.getHeight());
    }
  }

  @Test
  void normalizeCallsHelpersFromAnotherJar() {
    try (Device device = Device.byName("jvm")) {
      assertEquals(0, Normalize.run(device, 1000, 3));
    }
  }

  @Test
  void groupSumsWithBarriersMatchPlainJava() {
    try (Device device = Device.byName("jvm")) {
      assertEquals(0, GroupSums.run(device, 5000, 64, 4));
    }
  }
}
