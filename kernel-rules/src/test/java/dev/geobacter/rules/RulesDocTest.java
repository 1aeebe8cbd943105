package dev.geobacter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** RULES.md documents every rule, in id order, with the title the code uses. */
class RulesDocTest {
  private static final Pattern ROW = Pattern.compile("^\\| (GB\\d{3}) \\| ([^|]+) \\|", Pattern.MULTILINE);

  @Test
  void everyRuleHasARowWithItsTitle() throws IOException {
    String doc = Files.readString(Path.of("RULES.md"));
    List<String> documented = new ArrayList<>();
    Matcher row = ROW.matcher(doc);
    while (row.find()) {
      documented.add(row.group(1));
      assertEquals(Rule.byId(row.group(1)).title(), row.group(2).trim(), row.group(1));
    }
    List<String> ids = new ArrayList<>();
    for (Rule rule : Rule.values()) ids.add(rule.id());
    assertEquals(ids, documented);
    assertTrue(doc.contains("Intrinsics.all()"));
  }
}
