package dev.geobacter.driver.respool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.KernelInstance;
import dev.geobacter.driver.Driver;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Descriptors;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a respooled graph gives backends: methods with origins, the calls, and a hash of the code. */
class KernelGraphTest {
  private static final MethodRef SCALE_ALL = Descriptors.methodRef("app.App", "scaleAll", "(F[F)V");
  private static final MethodRef SCALE = Descriptors.methodRef("lib.Helpers", "scale", "(FF)F");
  private static final MethodRef BIAS = Descriptors.methodRef("lib.Helpers$Nested", "bias", "(F)F");
  private static final MethodRef GLOBAL_ID = Descriptors.methodRef("dev.geobacter.Gpu", "globalId", "(I)I");

  @TempDir
  static Path root;
  private static LibraryFixture fixture;

  @BeforeAll
  static void build() throws Exception {
    fixture = LibraryFixture.build(root);
  }

  @Test
  void graphHoldsEveryReachableMethodWithItsOriginAndCalls() throws Exception {
    KernelGraph graph = graphOf(LibraryFixture.kernel(fixture.libJar, fixture.appJar));

    List<MethodRef> methods = graph.methods().stream().map(KernelMethod::ref).toList();
    assertEquals(List.of(SCALE_ALL, SCALE, BIAS), methods);
    assertEquals(SCALE_ALL, graph.entry().ref());
    KernelMethod bias = graph.method(BIAS).orElseThrow();
    assertEquals("Helpers.java", bias.sourceFile());
    assertEquals("jar:" + fixture.libJar.toUri().toURL() + "!/META-INF/geobacter/lib/Helpers.gbm", bias.origin());
    assertEquals("jar:" + fixture.appJar.toUri().toURL() + "!/META-INF/geobacter/app/App.gbm", graph.entry().origin());
    assertEquals(List.of(GLOBAL_ID, SCALE), graph.callees(SCALE_ALL));
    assertEquals(List.of(BIAS), graph.callees(SCALE));
    assertTrue(graph.calls(GLOBAL_ID));
    assertFalse(graph.calls(Descriptors.methodRef("dev.geobacter.Gpu", "barrier", "()V")));
  }

  @Test
  void respooledOncePerKernel() throws Exception {
    KernelInstance<?> kernel = LibraryFixture.kernel(fixture.libJar, fixture.appJar);
    assertSame(graphOf(kernel), graphOf(kernel));
  }

  @Test
  void hashIdentifiesTheCodeNotTheClassLoader() throws Exception {
    KernelGraph first = graphOf(LibraryFixture.kernel(fixture.libJar, fixture.appJar));
    KernelGraph second = graphOf(LibraryFixture.kernel(fixture.libJar, fixture.appJar));
    Path changedLib = LibraryFixture.library(root, "changed-lib", LibraryFixture.HELPERS.replace("1f : 0f", "2f : 0f"),
        true);
    KernelGraph changed = graphOf(LibraryFixture.kernel(changedLib, fixture.appJar));

    assertNotSame(first.kernel().owner(), second.kernel().owner());
    assertEquals(first.hashHex(), second.hashHex());
    assertEquals(64, first.hashHex().length());
    assertNotEquals(first.hashHex(), changed.hashHex());
  }

  private static KernelGraph graphOf(KernelInstance<?> kernel) {
    return Driver.instance().kernels().graph(kernel);
  }
}
