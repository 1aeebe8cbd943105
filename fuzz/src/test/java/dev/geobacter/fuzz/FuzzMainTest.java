package dev.geobacter.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzMainTest {
  @Test
  void parsesTheDocumentedOptions() {
    FuzzMain.Options o = FuzzMain.Options.parse(new String[] {"--count", "100000", "--seed", "42", "--device", "host",
        "--max-reductions", "4",
        "--batch", "50", "--reduce-attempts", "0", "--timeout", "9"});
    assertEquals(100000, o.count());
    assertEquals(42, o.seed());
    assertEquals(List.of("host"), o.devices());
    assertEquals(50, o.batch());
    assertEquals(0, o.reduceAttempts());
    assertEquals(4, o.maxReductions());
    assertEquals(9, o.timeoutSeconds());
  }

  @Test
  void seedsAreUnsignedDecimalOrHexAsClassNamesShowThem() {
    assertEquals(0xdeadbeefcafef00dL, FuzzMain.Options.parseSeed("0xdeadbeefcafef00d"));
    assertEquals(-1L, FuzzMain.Options.parseSeed("18446744073709551615"));
    assertThrows(IllegalArgumentException.class, () -> FuzzMain.Options.parseSeed("-3"));
  }

  @Test
  void sourcesAndBadOptions() {
    FuzzMain.Options o = FuzzMain.Options.parse(new String[] {"--source", "a/A.java", "b/B.java", "--timeout", "3"});
    assertEquals(List.of(Path.of("a/A.java"), Path.of("b/B.java")), o.sources());
    assertThrows(IllegalArgumentException.class, () -> FuzzMain.Options.parse(new String[] {"--count", "0"}));
    assertThrows(IllegalArgumentException.class, () -> FuzzMain.Options.parse(new String[] {"--bogus", "1"}));
    assertThrows(IllegalArgumentException.class, () -> FuzzMain.Options.parse(new String[] {"--seed"}));
  }
}
