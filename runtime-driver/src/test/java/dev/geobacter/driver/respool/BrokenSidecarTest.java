package dev.geobacter.driver.respool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Grid;
import dev.geobacter.Kernel2;
import dev.geobacter.KernelInstance;
import dev.geobacter.KernelLoadException;
import dev.geobacter.driver.Driver;
import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sidecars are untrusted input: every kind of damage is a clear error naming the jar, never a crash. */
class BrokenSidecarTest {
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
  void flippedBitIsACorruptSidecar() throws Exception {
    SidecarException cause = launchFails("flipped", bytes -> {
      byte[] copy = bytes.clone();
      copy[copy.length / 2] ^= 0x10;
      return copy;
    });
    assertEquals(SidecarException.Reason.CORRUPT, cause.reason());
    assertTrue(cause.getMessage().endsWith("checksum mismatch"), cause.getMessage());
  }

  @Test
  void truncatedSidecarIsACorruptSidecar() throws Exception {
    SidecarException cause = launchFails("truncated", bytes -> Arrays.copyOf(bytes, bytes.length - 7));
    assertEquals(SidecarException.Reason.CORRUPT, cause.reason());
    assertTrue(cause.getMessage().contains("truncated"), cause.getMessage());
  }

  @Test
  void unknownSchemaVersionIsReported() throws Exception {
    SidecarException cause = launchFails("future", bytes -> {
      byte[] copy = bytes.clone();
      ByteBuffer.wrap(copy).putInt(4, SidecarFormat.SCHEMA_VERSION + 98);
      return copy;
    });
    assertEquals(SidecarException.Reason.UNKNOWN_VERSION, cause.reason());
    assertTrue(cause.getMessage().contains("schema version 99"), cause.getMessage());
  }

  @Test
  void editedMethodFailsItsContentHash() throws Exception {
    SidecarException cause = launchFails("edited", bytes -> {
      try {
        ClassSidecar sidecar = SidecarFormat.read(bytes, "test");
        ClassSidecar.Builder edited = sidecar.toBuilder();
        for (int i = 0; i < edited.getMethodsCount(); i++) {
          MethodInfo method = edited.getMethods(i);
          if (method.getName().equals("scale")) edited.setMethods(i, method.toBuilder().setLine(method.getLine() + 1));
        }
        return SidecarFormat.write(edited.build());
      } catch (SidecarException e) {
        throw new AssertionError(e);
      }
    });
    assertEquals(SidecarException.Reason.HASH_MISMATCH, cause.reason());
    assertTrue(cause.getMessage().contains("method lib.Helpers.scale(FF)F does not match its recorded content hash"),
        cause.getMessage());
  }

  @Test
  void failuresAreNotCachedButReportedAgain() throws Exception {
    Path damaged = fixture.changedLibrary("retried", bytes -> Arrays.copyOf(bytes, 3));
    KernelInstance<Kernel2<Float, float[]>> kernel = LibraryFixture.kernel(damaged, fixture.appJar);
    long before = Driver.instance().kernels().respools();

    KernelLoadException first = assertThrows(KernelLoadException.class,
        () -> jvm.launch(kernel, Grid.of(4, 4), 1f, new float[4]));
    KernelLoadException second = assertThrows(KernelLoadException.class,
        () -> jvm.launch(kernel, Grid.of(4, 4), 1f, new float[4]));

    assertEquals(first.getMessage(), second.getMessage());
    assertEquals(2, Driver.instance().kernels().respools() - before);
  }

  /** Launches the application's kernel over a library whose sidecar was changed; returns the cause. */
  private static SidecarException launchFails(String name, UnaryOperator<byte[]> change) throws Exception {
    Path damaged = fixture.changedLibrary(name, change);
    KernelInstance<Kernel2<Float, float[]>> kernel = LibraryFixture.kernel(damaged, fixture.appJar);

    KernelLoadException thrown = assertThrows(KernelLoadException.class,
        () -> jvm.launch(kernel, Grid.of(4, 4), 1f, new float[4]));

    String jarUrl = damaged.toUri().toURL().toString();
    assertTrue(thrown.getMessage().startsWith("cannot use the Geobacter sidecar of class lib.Helpers (in " + jarUrl + ")"),
        thrown.getMessage());
    assertTrue(thrown.getMessage().contains("jar:" + jarUrl + "!/" + LibraryFixture.HELPERS_SIDECAR), thrown.getMessage());
    return assertInstanceOf(SidecarException.class, thrown.getCause());
  }
}
