package dev.geobacter.driver.respool;

import dev.geobacter.KernelInstance;
import dev.geobacter.testkit.HelperLibrary;
import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.testkit.Jars;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A library jar ({@code lib.Helpers}) compiled separately from an application jar ({@code app.App})
 * whose kernel calls it, as in a user's build. Variants of the library (without the plugin, with
 * unsupported code, with a damaged sidecar) are swapped in under the same application jar.
 */
final class LibraryFixture {
  static final String HELPERS_SIDECAR = HelperLibrary.SIDECAR;
  static final String HELPERS = HelperLibrary.HELPERS;
  /** Same signatures, but the helper allocates an object: only the driver can see it, at run time. */
  static final String HELPERS_WITH_UNSUPPORTED_CODE = HelperLibrary.ALLOCATING;
  static final String HELPERS_CALLING_THE_JDK = HelperLibrary.CALLING_THE_JDK;

  /** Same signatures, but the helper calls into a second library, {@code lib2.Doubler}. */
  static final String HELPERS_CALLING_LIB2 = """
      package lib;

      public final class Helpers {
        private Helpers() {}

        public static float scale(float a, float x) {
          return lib2.Doubler.twice(a * x);
        }
      }
      """;

  static final String LIB2 = """
      package lib2;

      public final class Doubler {
        private Doubler() {}

        public static float twice(float x) {
          return x + x;
        }
      }
      """;

  static final String APP = """
      package app;

      import static dev.geobacter.Gpu.globalId;

      import dev.geobacter.Geobacter;
      import dev.geobacter.Kernel2;
      import dev.geobacter.KernelInstance;

      public final class App {
        private App() {}

        static void scaleAll(float a, float[] x) {
          int i = globalId(0);
          if (i < x.length) x[i] = lib.Helpers.scale(a, x[i]);
        }

        public static KernelInstance<Kernel2<Float, float[]>> kernel() {
          return Geobacter.kernelInstance(App::scaleAll);
        }
      }
      """;

  final Path root;
  final Path libJar;
  final Path appJar;

  private LibraryFixture(Path root, Path libJar, Path appJar) {
    this.root = root;
    this.libJar = libJar;
    this.appJar = appJar;
  }

  /** The library and the application, each compiled with the plugin into its own jar. */
  static LibraryFixture build(Path root) throws IOException {
    Path libJar = library(root, "lib", HELPERS, true);
    Path appClasses = root.resolve("app-classes");
    compile(Map.of("app/App.java", APP), appClasses, List.of(libJar), true);
    return new LibraryFixture(root, libJar, Jars.fromDirectory(appClasses, root.resolve("app.jar")));
  }

  /** Compiles {@code source} as {@code lib/Helpers.java} into {@code <name>.jar}. */
  static Path library(Path root, String name, String source, boolean withPlugin) throws IOException {
    return library(root, name, Map.of(HelperLibrary.SOURCE_PATH, source), List.of(), withPlugin);
  }

  /** Compiles {@code sources} against {@code classPath} into {@code <name>.jar}. */
  static Path library(Path root, String name, Map<String, String> sources, List<Path> classPath, boolean withPlugin)
      throws IOException {
    Path classes = root.resolve(name + "-classes");
    compile(sources, classes, classPath, withPlugin);
    return Jars.fromDirectory(classes, root.resolve(name + ".jar"));
  }

  /** Compiles {@code sources} into {@code out}, against {@code classPath}; a compile error fails the test. */
  static void compile(Map<String, String> sources, Path out, List<Path> classPath, boolean withPlugin) {
    InProcessJavac javac = new InProcessJavac().sources(sources).classPath(classPath.toArray(Path[]::new));
    (withPlugin ? javac : javac.withoutPlugin()).compileInto(out).requireSuccess();
  }

  /**
   * The application's kernel, loaded like a modular deployment: the library by its own loader,
   * the application by a child of it.
   */
  static <K> KernelInstance<K> kernel(Path libJar, Path appJar) throws ReflectiveOperationException, IOException {
    ClassLoader parent = LibraryFixture.class.getClassLoader();
    URLClassLoader libLoader = new URLClassLoader("lib", new URL[] {libJar.toUri().toURL()}, parent);
    return kernel(new URLClassLoader("app", new URL[] {appJar.toUri().toURL()}, libLoader));
  }

  /** The application's class, loaded (not initialized) as {@link #kernel(Path, Path)} does. */
  static Class<?> appClass(Path libJar, Path appJar) throws ClassNotFoundException, IOException {
    ClassLoader parent = LibraryFixture.class.getClassLoader();
    URLClassLoader libLoader = new URLClassLoader("lib", new URL[] {libJar.toUri().toURL()}, parent);
    return Class.forName("app.App", false, new URLClassLoader("app", new URL[] {appJar.toUri().toURL()}, libLoader));
  }

  /** The application's kernel with the library jar missing from the class path. */
  static <K> KernelInstance<K> kernelWithoutLibrary(Path appJar) throws ReflectiveOperationException, IOException {
    ClassLoader parent = LibraryFixture.class.getClassLoader();
    return kernel(new URLClassLoader("app", new URL[] {appJar.toUri().toURL()}, parent));
  }

  @SuppressWarnings("unchecked")
  static <K> KernelInstance<K> kernel(ClassLoader appLoader) throws ReflectiveOperationException {
    try {
      return (KernelInstance<K>) Class.forName("app.App", true, appLoader).getMethod("kernel").invoke(null);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      throw e;
    }
  }

  Path changedLibrary(String name, UnaryOperator<byte[]> change) throws IOException {
    return Jars.withEntryChanged(libJar, HELPERS_SIDECAR, change, root.resolve(name + ".jar"));
  }
}
