package dev.geobacter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.testkit.HelperLibrary;
import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.testkit.Jars;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
  @TempDir
  static Path root;
  private static KernelJars jars;

  @BeforeAll
  static void build() throws Exception {
    jars = KernelJars.build(root);
  }

  @Test
  void listsEverySidecarAndKernel() {
    CliRun run = CliRun.of("list", jars.appJar.toString(), jars.libJar.toString());

    assertEquals(0, run.status(), run.toString());
    assertEquals(List.of(
        jars.appJar + ":",
        "  app.App (App.java): 6 methods, schema 1, valid",
        "    kernel app.App.scaleAll(float, float[])",
        "    kernel app.App.fill(int[])",
        jars.libJar + ":",
        "  lib.Helpers (Helpers.java): 4 methods, schema 1, valid",
        "2 sidecars (0 invalid), 2 kernels"), run.outLines());
  }

  @Test
  void listsAClassOutputDirectory() {
    CliRun run = CliRun.of("list", jars.appClasses.toString());

    assertEquals(0, run.status(), run.toString());
    assertTrue(run.outLines().contains("  app.App (App.java): 6 methods, schema 1, valid"), run.toString());
    assertTrue(run.outLines().contains("    kernel app.App.fill(int[])"), run.toString());
  }

  @Test
  void corruptSidecarIsListedWithItsReason() throws Exception {
    Path damaged = Jars.withEntryChanged(jars.libJar, KernelJars.HELPERS_SIDECAR, bytes -> {
      byte[] copy = bytes.clone();
      copy[copy.length / 2] ^= 0x04;
      return copy;
    }, root.resolve("flipped.jar"));

    CliRun run = CliRun.of("list", jars.appJar.toString(), damaged.toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.outLines().contains("  lib.Helpers: INVALID: corrupt Geobacter sidecar jar:" + damaged.toUri().toURL() + "!/"
        + KernelJars.HELPERS_SIDECAR + ": checksum mismatch"), run.toString());
    assertTrue(run.outLines().contains("  app.App (App.java): 6 methods, schema 1, valid"), run.toString());
    assertTrue(run.out().endsWith("2 sidecars (1 invalid), 2 kernels\n"), run.toString());
  }

  @Test
  void truncatedSidecarIsInvalid() throws Exception {
    Path damaged = Jars.withEntryChanged(jars.libJar, KernelJars.HELPERS_SIDECAR,
        bytes -> java.util.Arrays.copyOf(bytes, bytes.length - 9), root.resolve("truncated.jar"));

    CliRun run = CliRun.of("list", damaged.toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.out().contains("lib.Helpers: INVALID: corrupt Geobacter sidecar"), run.toString());
    assertTrue(run.out().contains("truncated"), run.toString());
  }

  @Test
  void sidecarOfAnotherSchemaVersionIsInvalid() throws Exception {
    Path future = Jars.withEntryChanged(jars.libJar, KernelJars.HELPERS_SIDECAR, bytes -> {
      byte[] copy = bytes.clone();
      ByteBuffer.wrap(copy).putInt(4, SidecarFormat.SCHEMA_VERSION + 1);
      return copy;
    }, root.resolve("future.jar"));

    CliRun run = CliRun.of("list", future.toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.out().contains("lib.Helpers: INVALID: unsupported schema version in Geobacter sidecar"), run.toString());
    assertTrue(run.out().contains("schema version " + (SidecarFormat.SCHEMA_VERSION + 1)), run.toString());
  }

  @Test
  void editedMethodFailsItsContentHash() throws Exception {
    Path edited = Jars.withEntryChanged(jars.libJar, KernelJars.HELPERS_SIDECAR, bytes -> {
      try {
        ClassSidecar.Builder sidecar = SidecarFormat.read(bytes, "test").toBuilder();
        for (int i = 0; i < sidecar.getMethodsCount(); i++) {
          MethodInfo method = sidecar.getMethods(i);
          if (method.getName().equals("scale")) sidecar.setMethods(i, method.toBuilder().setLine(method.getLine() + 3));
        }
        return SidecarFormat.write(sidecar.build());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }, root.resolve("edited.jar"));

    CliRun run = CliRun.of("list", edited.toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.out().contains("lib.Helpers: INVALID: content hash mismatch in Geobacter sidecar"), run.toString());
    assertTrue(run.out().contains("method lib.Helpers.scale(FF)F does not match its recorded content hash"),
        run.toString());
  }

  @Test
  void sidecarAtAnotherClassPathIsInvalid() throws Exception {
    byte[] helpers = Jars.entry(jars.libJar, KernelJars.HELPERS_SIDECAR);
    Path moved = TestJars.withExtraEntry(jars.libJar, "META-INF/geobacter/lib/Other.gbm", helpers,
        root.resolve("moved.jar"));

    CliRun run = CliRun.of("list", moved.toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.outLines().contains("  lib.Other: INVALID: it describes class 'lib.Helpers', whose sidecar belongs"
        + " at META-INF/geobacter/lib/Helpers.gbm"), run.toString());
    assertTrue(run.outLines().contains("  lib.Helpers (Helpers.java): 4 methods, schema 1, valid"), run.toString());
  }

  @Test
  void jarCompiledWithoutThePluginHasNoSidecars() throws Exception {
    Path plain = TestJars.compile(root, "plain",
        new InProcessJavac().source(HelperLibrary.SOURCE_PATH, HelperLibrary.HELPERS).withoutPlugin());

    CliRun run = CliRun.of("list", plain.toString());

    assertEquals(0, run.status(), run.toString());
    assertEquals(List.of(plain + ":", "  no Geobacter sidecars (was it compiled with -Xplugin:Geobacter?)",
        "0 sidecars (0 invalid), 0 kernels"), run.outLines());
  }

  @Test
  void missingAndNonJarFilesAreReported() throws Exception {
    Path missing = root.resolve("missing.jar");
    Path text = Files.writeString(root.resolve("notes.txt"), "not a jar");

    CliRun run = CliRun.of("list", missing.toString(), text.toString(), jars.libJar.toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.outLines().contains("  cannot read it: no such file or directory"), run.toString());
    assertTrue(run.out().contains("  cannot read it: not a jar or directory"), run.toString());
    assertTrue(run.outLines().contains("  lib.Helpers (Helpers.java): 4 methods, schema 1, valid"), run.toString());
  }

  @Test
  void listNeedsAnArgument() {
    CliRun run = CliRun.of("list");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("Missing required parameter"), run.toString());
  }
}
