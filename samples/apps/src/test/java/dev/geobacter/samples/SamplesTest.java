package dev.geobacter.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** The samples, run as a user runs them, on every device present here and on the default device. */
class SamplesTest {
  static List<String> devices() {
    List<String> names = new ArrayList<>();
    for (Device device : Device.all()) {
      names.add(device.name());
      device.close();
    }
    return names;
  }

  @ParameterizedTest
  @MethodSource("devices")
  void saxpyMatchesPlainJava(String name) {
    try (Device device = Device.byName(name)) {
      assertEquals(0, Saxpy.run(device, 10_000, 1.5f, 1));
    }
  }

  @Test
  void saxpyMatchesPlainJavaOnTheDefaultDevice() {
    try (Device device = Device.best()) {
      assertEquals(0, Saxpy.run(device, 4099, -3f, 2));
    }
  }

  @ParameterizedTest
  @MethodSource("devices")
  void mandelbrotMatchesPlainJavaAndWritesAPng(String name, @TempDir Path dir) throws Exception {
    try (Device device = Device.byName(name)) {
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

  @ParameterizedTest
  @MethodSource("devices")
  void normalizeCallsHelpersFromAnotherJar(String name) {
    try (Device device = Device.byName(name)) {
      assertEquals(0, Normalize.run(device, 1000, 3));
    }
  }

  @ParameterizedTest
  @MethodSource("devices")
  void groupSumsWithBarriersMatchPlainJava(String name) {
    try (Device device = Device.byName(name)) {
      assertEquals(0, GroupSums.run(device, 5000, 64, 4));
    }
  }

  @ParameterizedTest
  @MethodSource("devices")
  void smoothWithResidentArraysAndAsyncLaunchesMatchesPlainJava(String name) {
    try (Device device = Device.byName(name)) {
      assertEquals(0, Smooth.run(device, 3000, 25, 5));
    }
  }
}
