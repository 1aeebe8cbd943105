package dev.geobacter.driver.respool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel2;
import dev.geobacter.KernelInstance;
import dev.geobacter.KernelLoadException;
import dev.geobacter.KernelValidationException;
import dev.geobacter.testkit.Jars;
import dev.geobacter.rules.Finding;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kernel in one jar calling helpers in another, each compiled on its own, found at run time. */
class CrossJarRespoolTest {
  @TempDir
  static Path root;
  private static LibraryFixture fixture;
  private static Device jvm;

  @BeforeAll
  static void build() throws Exception {
    fixture = LibraryFixture.build(root);
    jvm = Device.byName("jvm");
  }

  @AfterAll
  static void close() {
    jvm.close();
  }

  @Test
  void kernelCallingALibraryJarRuns() throws Exception {
    KernelInstance<Kernel2<Float, float[]>> kernel = LibraryFixture.kernel(fixture.libJar, fixture.appJar);
    float[] x = {1f, 2f, 50f, 200f, -3f};
    float[] expected = new float[x.length];
    for (int i = 0; i < x.length; i++) expected[i] = 3f * x[i] + (x[i] > 100f ? 1f : 0f);

    jvm.launch(kernel, Grid.of(x.length, 2), 3f, x);

    assertArrayEquals(expected, x);
  }

  @Test
  void calleesResolveThroughTheLoaderOfTheirCaller() throws Exception {
    Path lib2 = LibraryFixture.library(root, "lib2", Map.of("lib2/Doubler.java", LibraryFixture.LIB2), List.of(), true);
    Path lib = LibraryFixture.library(root, "lib-over-lib2",
        Map.of("lib/Helpers.java", LibraryFixture.HELPERS_CALLING_LIB2), List.of(lib2), true);
    ClassLoader testLoader = getClass().getClassLoader();
    URLClassLoader lib2Loader = new URLClassLoader("lib2", new URL[] {lib2.toUri().toURL()}, testLoader);
    URLClassLoader libLoader = new URLClassLoader("lib", new URL[] {lib.toUri().toURL()}, lib2Loader);
    // The application's loader reaches lib through routing but cannot load lib2 itself.
    URLClassLoader appLoader = new URLClassLoader("app", new URL[] {fixture.appJar.toUri().toURL()},
        new PackageRoutingLoader("lib", libLoader, testLoader));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("lib2.Doubler", false, appLoader));
    KernelInstance<Kernel2<Float, float[]>> kernel = LibraryFixture.kernel(appLoader);
    float[] x = {1f, 2f, 3f};

    jvm.launch(kernel, Grid.of(x.length, 4), 5f, x);

    assertArrayEquals(new float[] {10f, 20f, 30f}, x);
  }

  @Test
  void libraryWithoutSidecarIsNamedWithItsJar() throws Exception {
    Path plainLib = LibraryFixture.library(root, "plain-lib", LibraryFixture.HELPERS, false);
    KernelInstance<Kernel2<Float, float[]>> kernel = LibraryFixture.kernel(plainLib, fixture.appJar);

    KernelLoadException thrown = assertThrows(KernelLoadException.class,
        () -> jvm.launch(kernel, Grid.of(4, 4), 1f, new float[4]));

    String message = thrown.getMessage();
    assertTrue(message.startsWith("kernel app.App.scaleAll(F[F)V calls code that cannot be loaded"), message);
    assertTrue(message.contains("class lib.Helpers (in " + plainLib.toUri().toURL()
        + ") has no Geobacter sidecar: compile it with -Xplugin:Geobacter (see BUILD.md)"), message);
    assertTrue(message.contains("at app.App.scaleAll(App.java:14)"), message);
  }

  @Test
  void libraryJarMissingAtRunTimeIsReported() throws Exception {
    KernelInstance<Kernel2<Float, float[]>> kernel = LibraryFixture.kernelWithoutLibrary(fixture.appJar);

    KernelLoadException thrown = assertThrows(KernelLoadException.class,
        () -> jvm.launch(kernel, Grid.of(4, 4), 1f, new float[4]));

    assertTrue(thrown.getMessage().contains("class lib.Helpers was not found by the class loaders of the kernel's "
        + "classes; put the jar that holds it on the class path"), thrown.getMessage());
  }

  @Test
  void jdkCallInALibraryIsAValidationError() throws Exception {
    Path jdkLib = LibraryFixture.library(root, "jdk-lib", LibraryFixture.HELPERS_CALLING_THE_JDK, true);
    KernelInstance<Kernel2<Float, float[]>> kernel = LibraryFixture.kernel(jdkLib, fixture.appJar);

    KernelValidationException thrown = assertThrows(KernelValidationException.class,
        () -> jvm.launch(kernel, Grid.of(4, 4), 1f, new float[4]));

    String message = thrown.getMessage();
    assertTrue(message.contains("kernels cannot call JDK method java.lang.Math.random()D"), message);
    assertTrue(message.contains("at lib.Helpers.scale(Helpers.java:7)"), message);
    assertTrue(message.contains("reached from kernel app.App.scaleAll -> lib.Helpers.scale"), message);
  }

  @Test
  void unsupportedCodeInALibraryIsReportedWithItsCallChain() throws Exception {
    Path badLib = LibraryFixture.library(root, "bad-lib", LibraryFixture.HELPERS_WITH_UNSUPPORTED_CODE, true);
    KernelInstance<Kernel2<Float, float[]>> kernel = LibraryFixture.kernel(badLib, fixture.appJar);

    KernelValidationException thrown = assertThrows(KernelValidationException.class,
        () -> jvm.launch(kernel, Grid.of(4, 4), 1f, new float[4]));

    List<Finding> findings = thrown.findings();
    assertTrue(!findings.isEmpty());
    Finding first = findings.get(0);
    assertEquals("lib.Helpers$Nested", first.method().getOwner());
    assertEquals("Helpers.java", first.sourceFile());
    assertEquals(14, first.line(), thrown.getMessage());
    String message = thrown.getMessage();
    assertTrue(message.startsWith("kernel app.App.scaleAll(F[F)V cannot run on a device"), message);
    assertTrue(message.contains("at lib.Helpers$Nested.bias(Helpers.java:14)"), message);
    assertTrue(message.contains("reached from kernel app.App.scaleAll -> lib.Helpers.scale -> lib.Helpers$Nested.bias"),
        message);
  }

  @Test
  void kernelInstanceCompiledWithoutThePluginSaysHowToEnableIt() throws Exception {
    Path classes = root.resolve("plain-app-classes");
    LibraryFixture.compile(Map.of("app/App.java", LibraryFixture.APP), classes, List.of(fixture.libJar), false);
    Path plainApp = Jars.fromDirectory(classes, root.resolve("plain-app.jar"));

    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> LibraryFixture.kernel(fixture.libJar, plainApp));

    assertTrue(thrown.getMessage().contains("compiled without the Geobacter javac plugin"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("-Xplugin:Geobacter"), thrown.getMessage());
  }

  @Test
  void kernelClassWithoutSidecarIsNamedWithItsJar() throws Exception {
    Path classes = root.resolve("unmarked-app-classes");
    LibraryFixture.compile(Map.of("app/App.java", LibraryFixture.APP), classes, List.of(fixture.libJar), false);
    Path plainApp = Jars.fromDirectory(classes, root.resolve("unmarked-app.jar"));
    KernelInstance<Kernel2<Float, float[]>> forged =
        Geobacter.compiledKernel(LibraryFixture.appClass(fixture.libJar, plainApp), "scaleAll", "(F[F)V");

    KernelLoadException thrown = assertThrows(KernelLoadException.class,
        () -> jvm.launch(forged, Grid.of(4, 4), 1f, new float[4]));

    assertEquals("class app.App (in " + plainApp.toUri().toURL() + ") has no Geobacter sidecar: compile it with "
        + "-Xplugin:Geobacter (see BUILD.md)", thrown.getMessage());
  }

  @Test
  void kernelMissingFromItsSidecarIsReported() throws Exception {
    KernelInstance<Kernel2<Float, float[]>> forged =
        Geobacter.compiledKernel(LibraryFixture.appClass(fixture.libJar, fixture.appJar), "scaleAll", "(D[F)V");

    KernelLoadException thrown = assertThrows(KernelLoadException.class,
        () -> jvm.launch(forged, Grid.of(4, 4), 1f, new float[4]));

    assertTrue(thrown.getMessage().startsWith("kernel app.App.scaleAll(D[F)V is not in the Geobacter sidecar jar:"
        + fixture.appJar.toUri().toURL() + "!/META-INF/geobacter/app/App.gbm"), thrown.getMessage());
  }
}
