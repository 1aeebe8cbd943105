package dev.geobacter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

class BenchOptionsTest {
  @Test
  void withoutQuickTheAnnotationsDecide() throws Exception {
    Options options = BenchOptions.parse("Saxpy").options();
    assertFalse(options.getWarmupIterations().hasValue());
    assertFalse(options.getMeasurementIterations().hasValue());
    assertFalse(options.getForkCount().hasValue());
    assertEquals(List.of("Saxpy"), options.getIncludes());
  }

  @Test
  void quickRunsOneShortIteration() throws Exception {
    BenchOptions parsed = BenchOptions.parse("--quick", "-p", "device=jvm");
    assertTrue(parsed.quick());
    Options options = parsed.options();
    assertEquals(1, options.getWarmupIterations().get());
    assertEquals(1, options.getMeasurementIterations().get());
    assertEquals(TimeValue.seconds(1), options.getMeasurementTime().get());
    assertEquals(1, options.getForkCount().get());
    assertEquals(List.of("jvm"), List.copyOf(options.getParameter("device").get()));
  }

  @Test
  void theCommandLineWinsOverQuick() throws Exception {
    Options options = BenchOptions.parse("-i", "4", "--quick", "-r", "300ms").options();
    assertEquals(4, options.getMeasurementIterations().get());
    assertEquals(TimeValue.milliseconds(300), options.getMeasurementTime().get());
    assertEquals(1, options.getWarmupIterations().get());
  }

  @Test
  void helpAndListingsGoToJmh() throws Exception {
    assertTrue(BenchOptions.parse("-h").onlyInformation());
    assertTrue(BenchOptions.parse("-l").onlyInformation());
    assertFalse(BenchOptions.parse("--quick").onlyInformation());
  }

  @Test
  void badOptionsAreRejected() {
    assertThrows(CommandLineOptionException.class, () -> BenchOptions.parse("-i", "many"));
  }

  @Test
  void forksOnNewerJdksAllowNativeAccessQuietly() {
    assertEquals(List.of(), BenchOptions.forkJvmArgs(17));
    assertEquals(List.of("--enable-native-access=ALL-UNNAMED"), BenchOptions.forkJvmArgs(22));
    assertEquals(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"),
        BenchOptions.forkJvmArgs(25));
  }

  @Test
  void jvmArgsOnTheCommandLineReplaceOurs() throws Exception {
    Options options = BenchOptions.parse("-jvmArgsAppend", "-Xmx2g").options();
    assertEquals(List.of("-Xmx2g"), List.copyOf(options.getJvmArgsAppend().get()));
  }
}
