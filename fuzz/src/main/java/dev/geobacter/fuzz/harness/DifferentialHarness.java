package dev.geobacter.fuzz.harness;

import dev.geobacter.Device;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.testkit.InProcessJavac;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs kernel classes on the oracle ({@code jvm}: the Java methods themselves) and on devices under
 * test with identical inputs, and compares the outcomes. Sources are compiled in process through
 * the real plugin, several per javac call.
 */
public final class DifferentialHarness implements AutoCloseable {
  /** The oracle's device name. */
  public static final String ORACLE = "jvm";

  private final Device oracle;
  private final List<Device> devices;
  private final Launcher launcher;

  /** @param devices the devices under test (may be empty: the oracle is then checked against itself) */
  public DifferentialHarness(List<Device> devices, long timeoutSeconds) {
    this.oracle = Device.byName(ORACLE);
    this.devices = List.copyOf(devices);
    this.launcher = new Launcher(timeoutSeconds);
  }

  /**
   * The system property that picks the devices under test by name, comma-separated ({@code host});
   * empty: none, the oracle is checked against itself. Unset: {@link #compiledDevices()}.
   */
  public static final String DEVICES_PROPERTY = "geobacter.fuzz.devices";

  /** The devices named by {@link #DEVICES_PROPERTY}, or every compiled device present if it is unset. */
  public static List<Device> devicesUnderTest() {
    String names = System.getProperty(DEVICES_PROPERTY);
    if (names == null) return compiledDevices();
    List<Device> found = new ArrayList<>();
    for (String name : names.split(",")) {
      if (!name.isBlank()) found.add(Device.byName(name.trim()));
    }
    return found;
  }

  /** Every compiled device present here ({@code Device.all()} but the oracle). */
  public static List<Device> compiledDevices() {
    List<Device> found = new ArrayList<>();
    for (Device device : Device.all()) {
      if (device.name().equals(ORACLE)) device.close();
      else found.add(device);
    }
    return found;
  }

  public List<String> deviceNames() {
    return devices.stream().map(Device::name).toList();
  }

  /**
   * Compiles {@code sources} (binary name to text) in one javac call and checks each class with
   * inputs made from {@code inputSeeds} (same keys), {@code rounds} times with consecutive input
   * seeds; the verdict is the first disagreeing round's, else the last round's.
   *
   * @param strict whether any diagnostic, warnings included, is an error (generated programs must
   *     compile without any)
   * @throws CompilationFailedException if javac or the plugin rejects a source
   */
  public Map<String, Verdict> check(Map<String, String> sources, Map<String, Long> inputSeeds, int rounds,
      boolean strict) {
    CompilationResult compiled = compile(sources);
    try {
      if (!compiled.success() || (strict && !compiled.diagnostics().isEmpty())) {
        throw new CompilationFailedException(compiled, sources);
      }
      Map<String, Verdict> verdicts = new LinkedHashMap<>();
      try (URLClassLoader loader = compiled.classLoader(DifferentialHarness.class.getClassLoader())) {
        for (String name : sources.keySet()) {
          KernelClass kernel = KernelClass.of(Class.forName(name, true, loader));
          Verdict verdict = null;
          for (int round = 0; round < rounds && (verdict == null || verdict.agrees()); round++) {
            verdict = check(kernel, inputSeeds.get(name) + round);
          }
          verdicts.put(name, verdict);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("javac produced no class " + e.getMessage() + "; is the file's package right?", e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return verdicts;
    } finally {
      deleteTree(compiled.output());
    }
  }

  /** Runs {@code kernel} on the oracle twice and on every device, each from a copy of the same inputs. */
  public Verdict check(KernelClass kernel, long inputSeed) {
    LaunchInputs inputs = LaunchInputs.create(inputSeed, kernel);
    Outcome expected = launcher.launch(oracle, kernel, inputs.grid(), inputs.copy());
    List<Verdict.DeviceMismatch> mismatches = new ArrayList<>();
    Outcome again = launcher.launch(oracle, kernel, inputs.grid(), inputs.copy());
    Mismatch repeat = OutcomeComparison.compare(expected, again, kernel);
    if (repeat != null) mismatches.add(new Verdict.DeviceMismatch(ORACLE + " (second run)", repeat));
    for (Device device : devices) {
      Outcome actual = launcher.launch(device, kernel, inputs.grid(), inputs.copy());
      Mismatch mismatch = OutcomeComparison.compare(expected, actual, kernel);
      if (mismatch != null) mismatches.add(new Verdict.DeviceMismatch(device.name(), mismatch));
    }
    return new Verdict(kernel.binaryName(), inputSeed, expected, mismatches);
  }

  @Override
  public void close() {
    launcher.close();
    oracle.close();
    devices.forEach(Device::close);
  }

  /**
   * One javac call with the plugin (found on this process's class path) into a new temporary
   * directory; {@code sources} maps binary names to text.
   */
  private static CompilationResult compile(Map<String, String> sources) {
    Map<String, String> byPath = new LinkedHashMap<>();
    sources.forEach((name, text) -> byPath.put(sourcePath(name), text));
    try {
      return new InProcessJavac().sources(byPath).compileInto(Files.createTempDirectory("geobacter-fuzz"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code fuzz/Fuzz_2a.java} for {@code fuzz.Fuzz_2a}. */
  static String sourcePath(String binaryName) {
    return binaryName.replace('.', '/') + ".java";
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
