package dev.geobacter.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.fuzz.harness.DifferentialHarness;
import dev.geobacter.fuzz.harness.Verdict;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The regression corpus (every file in {@code src/test/resources/corpus}, found, not listed): each
 * compiles cleanly and every compiled device agrees with the jvm oracle on it, for four sets of
 * random inputs.
 */
class CorpusTest {
  @TestFactory
  Stream<DynamicTest> everyCorpusKernelAgreesWithTheJvm() throws IOException, URISyntaxException {
    Path dir = Path.of(CorpusTest.class.getResource("/corpus").toURI());
    List<CorpusFile> files;
    try (Stream<Path> paths = Files.list(dir)) {
      files = paths.filter(p -> p.toString().endsWith(".java")).sorted().map(CorpusFile::read)
          .collect(Collectors.toList());
    }
    assertTrue(files.size() >= 16, "the corpus lost files: " + files.size());
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, Long> seeds = new LinkedHashMap<>();
    for (CorpusFile file : files) {
      sources.put(file.binaryName(), file.source());
      seeds.put(file.binaryName(), file.inputSeed());
    }
    Map<String, Verdict> verdicts;
    List<String> devices;
    try (DifferentialHarness harness = new DifferentialHarness(DifferentialHarness.devicesUnderTest(), 60)) {
      devices = harness.deviceNames();
      verdicts = harness.check(sources, seeds, 4, true);
    }
    System.out.println("CorpusTest: " + (devices.isEmpty() ? "no compiled device was compared (none present, or "
        + DifferentialHarness.DEVICES_PROPERTY + " named none): the jvm oracle against itself only"
        : "comparing " + devices + " with the jvm oracle"));
    return verdicts.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      Verdict verdict = entry.getValue();
      assertTrue(verdict.agrees(), () -> entry.getKey() + ":\n" + verdict.mismatches().stream()
          .map(Object::toString).collect(Collectors.joining("\n")));
    }));
  }
}
