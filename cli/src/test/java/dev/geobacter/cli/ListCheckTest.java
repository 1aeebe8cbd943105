package dev.geobacter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.testkit.InProcessJavac;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list --check}: the kernel rules across jars, which the plugin could not see at compile time. */
class ListCheckTest {
  @TempDir
  static Path root;
  private static KernelJars jars;

  @BeforeAll
  static void build() throws Exception {
    jars = KernelJars.build(root);
  }

  @Test
  void kernelsOverCleanLibrariesAreOk() {
    CliRun run = CliRun.of("list", "--check", jars.appJar.toString(), jars.libJar.toString());

    assertEquals(0, run.status(), run.toString());
    assertTrue(run.outLines().contains("check app.App.scaleAll(float, float[]): ok"), run.toString());
    assertTrue(run.outLines().contains("check app.App.fill(int[]): ok"), run.toString());
  }

  @Test
  void unsupportedCodeInAnotherJarIsAFinding() {
    CliRun run = CliRun.of("list", "--check", jars.appJar.toString(), jars.allocatingLibJar.toString());

    assertEquals(1, run.status(), run.toString());
    List<String> lines = run.outLines();
    assertTrue(lines.contains("check app.App.scaleAll(float, float[]): 2 findings"), run.toString());
    int at = lines.indexOf("    [GB101] object allocation is not supported in kernel code: new Object(); use primitives, or"
        + " pass arrays as kernel parameters");
    assertTrue(at >= 0, run.toString());
    assertTrue(lines.get(at + 1).matches("        at lib\\.Helpers\\$Nested\\.bias\\(Helpers\\.java:14\\)"), run.toString());
    assertEquals("        reached from kernel app.App.scaleAll -> lib.Helpers.scale -> lib.Helpers$Nested.bias",
        lines.get(at + 2), run.toString());
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("    [GB121] local variable 'box' has type java.lang.Object")),
        run.toString());
    assertTrue(lines.contains("check app.App.fill(int[]): ok"), run.toString());
  }

  @Test
  void callsIntoTheJdkAreFindings() {
    CliRun run = CliRun.of("list", "--check", jars.appJar.toString(), jars.jdkCallingLibJar.toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.out().contains("[GB132] kernels cannot call JDK method java.lang.Math.random()D"), run.toString());
  }

  @Test
  void callsIntoJarsNotGivenAreReportedAsNotChecked() {
    CliRun run = CliRun.of("list", "--check", jars.appJar.toString());

    assertEquals(0, run.status(), run.toString());
    assertTrue(run.outLines().contains("check app.App.scaleAll(float, float[]): ok as far as checked; not checked: "
        + "lib.Helpers.scale(float, float) (in classes not in the given jars or directories)"), run.toString());
  }

  @Test
  void kernelOfAClassNotGivenIsNotChecked() throws Exception {
    String kernels = """
        package lib;

        import static dev.geobacter.Gpu.globalId;

        public final class Kernels {
          private Kernels() {}

          public static void zero(float[] x) {
            int i = globalId(0);
            if (i < x.length) x[i] = 0f;
          }
        }
        """;
    String user = """
        package user;

        import dev.geobacter.Geobacter;
        import dev.geobacter.Kernel1;
        import dev.geobacter.KernelInstance;

        public final class User {
          private User() {}

          public static KernelInstance<Kernel1<float[]>> zeroing() {
            return Geobacter.kernelInstance(lib.Kernels::zero);
          }
        }
        """;
    Path kernelsJar = TestJars.compile(root, "kernels", new InProcessJavac().source("lib/Kernels.java", kernels));
    Path userJar = TestJars.compile(root, "user",
        new InProcessJavac().source("user/User.java", user).classPath(kernelsJar));

    CliRun alone = CliRun.of("list", "--check", userJar.toString());
    CliRun both = CliRun.of("list", "--check", userJar.toString(), kernelsJar.toString());

    assertEquals(0, alone.status(), alone.toString());
    assertTrue(alone.outLines().contains("    kernel lib.Kernels.zero(float[])"), alone.toString());
    assertTrue(alone.outLines().contains("check lib.Kernels.zero(float[]): not checked: its class lib.Kernels is not "
        + "in the given jars or directories"), alone.toString());
    assertTrue(both.outLines().contains("check lib.Kernels.zero(float[]): ok"), both.toString());
  }

  @Test
  void withoutCheckNoKernelIsChecked() {
    CliRun run = CliRun.of("list", jars.appJar.toString(), jars.allocatingLibJar.toString());

    assertEquals(0, run.status(), run.toString());
    assertTrue(run.outLines().stream().noneMatch(line -> line.startsWith("check ")), run.toString());
  }
}
