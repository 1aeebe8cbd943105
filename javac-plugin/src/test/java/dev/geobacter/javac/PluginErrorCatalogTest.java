package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every plugin diagnostic id has a test that produces it, and ids are unique. */
class PluginErrorCatalogTest {
  private static final Path TEST_SOURCES = Path.of("src/test/java");

  @Test
  void everyIdIsExercisedByATest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
      List<Path> sources = files.filter(p -> p.toString().endsWith("Test.java"))
          .filter(p -> !p.endsWith("PluginErrorCatalogTest.java")).collect(Collectors.toList());
      StringBuilder text = new StringBuilder();
      for (Path source : sources) text.append(Files.readString(source));
      tests = text.toString();
    }
    List<String> untested = new ArrayList<>();
    for (PluginError error : PluginError.values()) {
      if (!tests.contains("[" + error.id() + "]")) untested.add(error.id() + " " + error.title());
    }
    assertTrue(untested.isEmpty(), () -> "no test produces " + untested);
  }

  @Test
  void idsAreUniqueAndInThePluginRange() {
    Set<String> seen = new HashSet<>();
    for (PluginError error : PluginError.values()) {
      assertTrue(error.id().matches("GB0\\d\\d"), error.id());
      assertTrue(seen.add(error.id()), "duplicate id " + error.id());
    }
  }
}
