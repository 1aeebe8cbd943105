package dev.geobacter.cli;

import java.io.IOException;
import dev.geobacter.testkit.HelperLibrary;
import dev.geobacter.testkit.InProcessJavac;
import java.nio.file.Path;

/**
 * Real jars built with the plugin, as a user's build makes them: a library ({@code lib.Helpers}), an
 * application whose kernel calls it ({@code app.App}), and variants of the library compiled alone
 * whose code a kernel may not run, which only a check across jars can see.
 */
final class KernelJars {
  static final String APP_SIDECAR = "META-INF/geobacter/app/App.gbm";
  static final String HELPERS_SIDECAR = HelperLibrary.SIDECAR;

  static final String APP = """
      package app;

      import static dev.geobacter.Gpu.globalId;

      import dev.geobacter.Geobacter;
      import dev.geobacter.Kernel1;
      import dev.geobacter.Kernel2;
      import dev.geobacter.KernelInstance;

      public final class App {
        private App() {}

        static void scaleAll(float a, float[] x) {
          int i = globalId(0);
          if (i < x.length) x[i] = lib.Helpers.scale(a, x[i]);
        }

        static void fill(int[] x) {
          int i = globalId(0);
          if (i < x.length) x[i] = i;
        }

        static void fill(float[] x) {
          int i = globalId(0);
          if (i < x.length) x[i] = 0.5f * i;
        }

        public static KernelInstance<Kernel2<Float, float[]>> scaling() {
          return Geobacter.kernelInstance(App::scaleAll);
        }

        public static KernelInstance<Kernel1<int[]>> filling() {
          return Geobacter.kernelInstance(App::fill);
        }
      }
      """;

  final Path libJar;
  final Path appJar;
  final Path appClasses;
  final Path allocatingLibJar;
  final Path jdkCallingLibJar;

  private KernelJars(Path libJar, Path appJar, Path appClasses, Path allocatingLibJar, Path jdkCallingLibJar) {
    this.libJar = libJar;
    this.appJar = appJar;
    this.appClasses = appClasses;
    this.allocatingLibJar = allocatingLibJar;
    this.jdkCallingLibJar = jdkCallingLibJar;
  }

  static KernelJars build(Path root) throws IOException {
    Path lib = library(root, "lib", HelperLibrary.HELPERS);
    Path app = TestJars.compile(root, "app", new InProcessJavac().source("app/App.java", APP).classPath(lib));
    return new KernelJars(lib, app, root.resolve("app-classes"), library(root, "allocating", HelperLibrary.ALLOCATING),
        library(root, "jdk-calling", HelperLibrary.CALLING_THE_JDK));
  }

  static Path library(Path root, String name, String helpersSource) throws IOException {
    return TestJars.compile(root, name, new InProcessJavac().source(HelperLibrary.SOURCE_PATH, helpersSource));
  }
}
