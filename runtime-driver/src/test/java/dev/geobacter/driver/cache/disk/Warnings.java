package dev.geobacter.driver.cache.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Collects the cache's warning lines so tests can check there is exactly the one expected. */
final class Warnings implements Consumer<String> {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  public void accept(String line) {
    lines.add(line);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  void assertNone() {
    assertEquals(List.of(), lines());
  }

  /** Exactly one warning, containing every fragment; returns it. */
  String assertOne(String... fragments) {
    assertEquals(1, lines.size(), "expected one warning, got " + lines);
    String line = lines.get(0);
    for (String fragment : fragments) assertTrue(line.contains(fragment), "'" + fragment + "' not in: " + line);
    return line;
  }

  void clear() {
    lines.clear();
  }
}
