package dev.geobacter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect --target sm_NN}: the NVIDIA backend's IR and PTX for a plugin-compiled kernel, without a GPU. */
class InspectPtxTest {
  private static final Pattern ENTRY = Pattern.compile("\\.visible \\.entry (geobacter_scaleAll_[0-9a-f]+)\\(");

  @TempDir
  static Path root;
  private static String classPath;

  @BeforeAll
  static void build() throws Exception {
    KernelJars jars = KernelJars.build(root);
    classPath = jars.appJar + File.pathSeparator + jars.libJar;
  }

  private static CliRun inspect(String target, String stage, String... more) {
    String[] args = {"inspect", "app.App", "scaleAll", "--cp", classPath, "--target", target, "--stage", stage};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  @Test
  void asmIsPtxForTheArchitectureThatPtxasAccepts() throws Exception {
    CliRun run = inspect("sm_90", "asm");

    assertEquals(0, run.status(), run.toString());
    assertEquals("", run.err(), run.toString());
    assertTrue(run.out().lines().anyMatch(".target sm_90"::equals), run.toString());
    assertTrue(run.out().contains(".address_size 64"), run.toString());
    assertTrue(ENTRY.matcher(run.out()).find(), "no .entry for the kernel:\n" + run);
    assertTrue(run.out().contains("%ctaid.x") && run.out().contains("%tid.x"), "globalId reads no special registers:\n"
        + run);
    assertFalse(run.out().contains("define "), "PTX, not IR");
    Ptxas.assertAssembles(run.out(), "sm_90", root.resolve("ptxas"));
  }

  @Test
  void irIsNvptxIrAsLoweredAndOptimized() {
    CliRun lowered = inspect("sm_90", "ir");
    CliRun optimized = inspect("sm_90", "optimized");

    for (CliRun run : new CliRun[] {lowered, optimized}) {
      assertEquals(0, run.status(), run.toString());
      assertTrue(run.out().contains("target triple = \"nvptx64-nvidia-cuda\""), run.toString());
      assertTrue(run.out().contains("@llvm.nvvm.read.ptx.sreg.tid.x"), run.toString());
      assertTrue(run.out().contains("define ptx_kernel void @geobacter_scaleAll_"), run.toString());
    }
    assertNotEquals(lowered.out(), optimized.out(), "optimization changed nothing");
  }

  @Test
  void irAndPtxNameTheSameEntry() {
    Matcher entry = ENTRY.matcher(inspect("sm_90", "asm").out());
    assertTrue(entry.find(), "no .entry in the PTX");

    assertTrue(inspect("sm_90", "ir").out().contains("@" + entry.group(1) + "("), "the IR does not define "
        + entry.group(1));
    assertTrue(inspect("sm_90", "optimized").out().contains("@" + entry.group(1) + "("), "the optimized IR does not"
        + " define " + entry.group(1));
  }

  @Test
  void noChecksDropsTheChecksAndNamesTheEntryApart() {
    CliRun checked = inspect("sm_90", "ir");
    CliRun unchecked = inspect("sm_90", "ir", "--no-checks");

    assertEquals(0, unchecked.status(), unchecked.toString());
    assertTrue(checked.out().contains("call void @geobacter_fail("), checked.toString());
    assertFalse(unchecked.out().contains("call void @geobacter_fail("), unchecked.toString());
    Matcher checkedEntry = ENTRY.matcher(inspect("sm_90", "asm").out());
    Matcher uncheckedEntry = ENTRY.matcher(inspect("sm_90", "asm", "--no-checks").out());
    assertTrue(checkedEntry.find() && uncheckedEntry.find(), "no .entry in the PTX");
    assertNotEquals(checkedEntry.group(1), uncheckedEntry.group(1), "both variants would share one entry symbol");
  }

  @Test
  void otherArchitecturesGetTheirOwnTarget() throws Exception {
    CliRun ampere = inspect("sm_80", "asm");
    CliRun blackwell = inspect("SM_120", "asm");

    assertEquals(0, ampere.status(), ampere.toString());
    assertTrue(ampere.out().lines().anyMatch(".target sm_80"::equals), ampere.toString());
    assertEquals(0, blackwell.status(), blackwell.toString());
    assertTrue(blackwell.out().lines().anyMatch(".target sm_120"::equals), blackwell.toString());
    Ptxas.assertAssembles(ampere.out(), "sm_80", root.resolve("ptxas"));
    Ptxas.assertAssembles(blackwell.out(), "sm_120", root.resolve("ptxas"));
  }
}
