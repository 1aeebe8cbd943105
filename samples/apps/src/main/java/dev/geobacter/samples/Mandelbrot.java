package dev.geobacter.samples;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Escape-time iterations of the Mandelbrot set on a 2-D grid, written as a PNG. */
public final class Mandelbrot {
  private Mandelbrot() {}

  static final int MAX_ITERATIONS = 256;

  static void mandelbrot(int[] iterations, int width, int height, float x0, float y0, float step, int maxIterations) {
    int px = globalId(0);
    int py = globalId(1);
    if (px >= width || py >= height) return;
    float cr = x0 + px * step;
    float ci = y0 + py * step;
    float zr = 0f;
    float zi = 0f;
    int n = 0;
    while (n < maxIterations && zr * zr + zi * zi <= 4f) {
      float next = zr * zr - zi * zi + cr;
      zi = 2f * zr * zi + ci;
      zr = next;
      n++;
    }
    iterations[py * width + px] = n;
  }

  /** Computes the image on {@code device}; returns the iteration counts, row by row. */
  public static int[] render(Device device, int width, int height) {
    int[] iterations = new int[width * height];
    float step = 3f / width;
    var kernel = Geobacter.kernelInstance(Mandelbrot::mandelbrot);
    device.launch(kernel, Grid.of(width, height, 16, 16), iterations, width, height, -2.25f, -1.5f * height / width,
        step, MAX_ITERATIONS);
    return iterations;
  }

  /** The same computation in plain Java, for checking. */
  public static int[] renderInJava(int width, int height) {
    int[] iterations = new int[width * height];
    float step = 3f / width;
    float y0 = -1.5f * height / width;
    for (int py = 0; py < height; py++) {
      for (int px = 0; px < width; px++) {
        float cr = -2.25f + px * step;
        float ci = y0 + py * step;
        float zr = 0f;
        float zi = 0f;
        int n = 0;
        while (n < MAX_ITERATIONS && zr * zr + zi * zi <= 4f) {
          float next = zr * zr - zi * zi + cr;
          zi = 2f * zr * zi + ci;
          zr = next;
          n++;
        }
        iterations[py * width + px] = n;
      }
    }
    return iterations;
  }

  public static void writePng(int[] iterations, int width, int height, Path file) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < iterations.length; i++) {
      int n = iterations[i];
      int rgb = 0;
      if (n < MAX_ITERATIONS) {
        float t = (float) n / MAX_ITERATIONS;
        int r = (int) (9 * (1 - t) * t * t * t * 255);
        int g = (int) (15 * (1 - t) * (1 - t) * t * t * 255);
        int b = (int) (8.5f * (1 - t) * (1 - t) * (1 - t) * t * 255);
        rgb = (r << 16) | (g << 8) | b;
      }
      image.setRGB(i % width, i / width, rgb);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer available");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static void main(String[] args) {
    SampleSupport.Options options = SampleSupport.parse(args, 1024);
    int width = options.size();
    int height = width * 2 / 3;
    try (Device device = options.device()) {
      long start = System.nanoTime();
      int[] iterations = render(device, width, height);
      int wrong = SampleSupport.mismatches(renderInJava(width, height), iterations);
      SampleSupport.report("mandelbrot", device, width + "x" + height + " pixels", start, wrong);
      Path out = Path.of(options.output("mandelbrot.png"));
      writePng(iterations, width, height, out);
      System.out.println("mandelbrot: wrote " + out.toAbsolutePath());
    }
  }
}
