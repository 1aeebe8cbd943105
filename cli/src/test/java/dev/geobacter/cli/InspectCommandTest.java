package dev.geobacter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.TextFormat;
import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.proto.MethodInfo;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  @TempDir
  static Path root;
  private static KernelJars jars;
  private static String classPath;

  @BeforeAll
  static void build() throws Exception {
    jars = KernelJars.build(root);
    classPath = jars.appJar + File.pathSeparator + jars.libJar;
  }

  @Test
  void printsTheTypedTreeOfEveryReachableMethod() throws Exception {
    CliRun run = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath);

    assertEquals(0, run.status(), run.toString());
    List<String> lines = run.outLines();
    assertTrue(lines.get(0).matches("# kernel app\\.App\\.scaleAll\\(float, float\\[\\]\\): 3 methods, graph [0-9a-f]{64}"),
        run.toString());
    assertTrue(lines.contains("# lib.Helpers.scale(float, float) from Helpers.java, jar:" + jars.libJar.toUri().toURL() + "!/"
        + KernelJars.HELPERS_SIDECAR), run.toString());

    List<MethodInfo> methods = parseMethods(run.out());
    assertEquals(List.of("scaleAll", "scale", "bias"), methods.stream().map(MethodInfo::getName).toList());
    for (MethodInfo method : methods) {
      assertTrue(MethodHashes.verify(method), "the printed tree of " + method.getName() + " is not the recorded one");
    }
  }

  @Test
  void treeIsTheSameForEveryTarget() {
    CliRun host = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath);
    CliRun gpu = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath, "--target", "sm_90", "--stage", "tree");

    assertEquals(0, gpu.status(), gpu.toString());
    assertEquals(host.out(), gpu.out());
  }

  @Test
  void printsHostIrAsLoweredAndOptimized() {
    CliRun lowered = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath, "--stage", "ir");
    CliRun optimized = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath, "--stage", "optimized");

    assertEquals(0, lowered.status(), lowered.toString());
    assertEquals(0, optimized.status(), optimized.toString());
    assertTrue(lowered.out().contains("define "), lowered.toString());
    assertTrue(lowered.out().contains("target triple = \"x86_64"), lowered.toString());
    assertTrue(optimized.out().contains("define "), optimized.toString());
    assertTrue(!lowered.out().equals(optimized.out()), "optimization changed nothing");
  }

  @Test
  void printsHostAssembly() {
    CliRun asm = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath, "--stage", "asm");

    assertEquals(0, asm.status(), asm.toString());
    assertTrue(asm.out().lines().anyMatch(line -> line.startsWith("geobacter.kernel")), asm.toString());
    assertTrue(asm.out().contains("\tretq"), asm.toString());
    assertTrue(!asm.out().contains("define "), "assembly, not IR");
  }

  @Test
  void amdgpuCodeStagesSaySoInsteadOfPrintingAnything() {
    for (String stage : List.of("ir", "optimized", "asm")) {
      CliRun amd = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath, "--target", "GFX942", "--stage",
          stage);

      assertEquals(3, amd.status(), amd.toString());
      assertEquals("", amd.out(), amd.toString());
      assertTrue(amd.err().contains("--target gfx942 with --stage " + stage + " is not available in this build: the code"
          + " generator (codegen-llvm) has no AMDGPU target yet"), amd.toString());
    }
  }

  @Test
  void overloadsNeedADescriptor() {
    CliRun ambiguous = CliRun.of("inspect", "app.App", "fill", "--cp", classPath);
    CliRun chosen = CliRun.of("inspect", "app.App", "fill", "--cp", classPath, "--desc", "([F)V");

    assertEquals(1, ambiguous.status(), ambiguous.toString());
    assertTrue(ambiguous.err().contains("class app.App has 2 methods named fill: fill([I)V, fill([F)V; choose one with"
        + " --desc"), ambiguous.toString());
    assertEquals(0, chosen.status(), chosen.toString());
    assertTrue(chosen.out().startsWith("# kernel app.App.fill(float[]): 1 method"), chosen.toString());
  }

  @Test
  void unknownMethodListsTheClassMethods() {
    CliRun run = CliRun.of("inspect", "app.App", "scale", "--cp", classPath);

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("class app.App has no method named scale with a body in its sidecar; it has: "),
        run.toString());
    assertTrue(run.err().contains("scaleAll(float, float[])"), run.toString());
  }

  @Test
  void unknownClassIsReported() {
    CliRun run = CliRun.of("inspect", "app.Missing", "k", "--cp", classPath);

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("class app.Missing is not on the class path given with --cp"), run.toString());
  }

  @Test
  void missingLibraryIsTheDriversError() {
    CliRun run = CliRun.of("inspect", "app.App", "scaleAll", "--cp", jars.appJar.toString());

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("calls code that cannot be loaded"), run.toString());
    assertTrue(run.err().contains("class lib.Helpers was not found"), run.toString());
  }

  @Test
  void ruleViolationsInAnotherJarAreTheDriversFindings() {
    CliRun run = CliRun.of("inspect", "app.App", "scaleAll", "--cp",
        jars.appJar + File.pathSeparator + jars.allocatingLibJar);

    assertEquals(1, run.status(), run.toString());
    assertTrue(run.err().contains("[GB101] object allocation is not supported in kernel code"), run.toString());
    assertTrue(run.err().contains("reached from kernel app.App.scaleAll -> lib.Helpers.scale -> lib.Helpers$Nested.bias"),
        run.toString());
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    CliRun noClassPath = CliRun.of("inspect", "app.App", "scaleAll");
    CliRun missingEntry = CliRun.of("inspect", "app.App", "scaleAll", "--cp", root.resolve("nowhere.jar").toString());
    CliRun unknownArchitecture = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath, "--target", "sm_95",
        "--stage", "asm");
    CliRun badTarget = CliRun.of("inspect", "app.App", "scaleAll", "--cp", classPath, "--target", "cuda");
    CliRun badDescriptor = CliRun.of("inspect", "app.App", "fill", "--cp", classPath, "--desc", "float[]");

    assertEquals(2, noClassPath.status(), noClassPath.toString());
    assertTrue(noClassPath.err().contains("Missing required option: '--cp=PATH'"), noClassPath.toString());
    assertEquals(2, missingEntry.status(), missingEntry.toString());
    assertTrue(missingEntry.err().contains("nowhere.jar does not exist"), missingEntry.toString());
    assertEquals(2, unknownArchitecture.status(), unknownArchitecture.toString());
    assertTrue(unknownArchitecture.err().contains("sm_95 is not an NVIDIA architecture this build generates code for;"
        + " use host, gfx942 or one of sm_50, "), unknownArchitecture.toString());
    assertTrue(unknownArchitecture.err().contains(", sm_90, "), unknownArchitecture.toString());
    assertEquals(2, badTarget.status(), badTarget.toString());
    assertTrue(badTarget.err().contains("cuda is not a target; use host, gfx942 or one of sm_50"), badTarget.toString());
    assertEquals(1, badDescriptor.status(), badDescriptor.toString());
    assertTrue(badDescriptor.err().contains("--desc float[] is not a JVM method descriptor"), badDescriptor.toString());
  }

  /** The text-format blocks of the output, each after its "# ..." comment line, parsed back. */
  private static List<MethodInfo> parseMethods(String out) throws TextFormat.ParseException {
    List<MethodInfo> methods = new ArrayList<>();
    String[] blocks = out.split("\n# ");
    for (int i = 1; i < blocks.length; i++) {
      String text = blocks[i].substring(blocks[i].indexOf('\n') + 1);
      MethodInfo.Builder method = MethodInfo.newBuilder();
      TextFormat.merge(text, method);
      methods.add(method.build());
    }
    return methods;
  }
}
