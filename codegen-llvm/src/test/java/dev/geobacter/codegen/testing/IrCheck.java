package dev.geobacter.codegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * FileCheck-style assertions on IR: {@code // CHECK: text} lines must match IR lines in order,
 * {@code // CHECK-NOT: text} must match no line between the surrounding CHECKs; {@code {{re}}}
 * embeds a regular expression. On a mismatch the IR is written under {@code target/ir-checks/}
 * and the failure names that file and the test that reproduces it.
 */
public final class IrCheck {
  private record Directive(boolean negative, String text, Pattern pattern) {}

  private IrCheck() {}

  /** Checks {@code ir} against the directives found in {@code checks} (other lines are ignored). */
  public static void assertMatches(String name, String checks, String ir) {
    List<Directive> directives = parse(checks);
    if (directives.isEmpty()) throw new AssertionError("no CHECK lines for " + name);
    String[] lines = ir.split("\n");
    int position = 0;
    List<Directive> pendingNot = new ArrayList<>();
    for (Directive directive : directives) {
      if (directive.negative()) {
        pendingNot.add(directive);
        continue;
      }
      int found = find(lines, position, directive.pattern());
      if (found < 0) fail(name, ir, "CHECK: " + directive.text() + " matched no line after line " + position);
      for (Directive not : pendingNot) {
        int bad = find(lines, position, not.pattern());
        if (bad >= 0 && bad < found) fail(name, ir, "CHECK-NOT: " + not.text() + " matched line " + (bad + 1) + ": " + lines[bad]);
      }
      pendingNot.clear();
      position = found + 1;
    }
    for (Directive not : pendingNot) {
      int bad = find(lines, position, not.pattern());
      if (bad >= 0) fail(name, ir, "CHECK-NOT: " + not.text() + " matched line " + (bad + 1) + ": " + lines[bad]);
    }
  }

  private static List<Directive> parse(String checks) {
    List<Directive> directives = new ArrayList<>();
    for (String line : checks.split("\n")) {
      String trimmed = line.strip();
      int at = trimmed.indexOf("CHECK");
      if (at < 0) continue;
      String rest = trimmed.substring(at);
      if (rest.startsWith("CHECK-NOT:")) {
        String text = rest.substring("CHECK-NOT:".length()).strip();
        directives.add(new Directive(true, text, compile(text)));
      } else if (rest.startsWith("CHECK:")) {
        String text = rest.substring("CHECK:".length()).strip();
        directives.add(new Directive(false, text, compile(text)));
      }
    }
    return directives;
  }

  private static Pattern compile(String text) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("{{", i);
      if (open < 0) {
        regex.append(Pattern.quote(text.substring(i)));
        break;
      }
      int close = text.indexOf("}}", open);
      regex.append(Pattern.quote(text.substring(i, open))).append('(').append(text, open + 2, close).append(')');
      i = close + 2;
    }
    return Pattern.compile(regex.toString());
  }

  private static int find(String[] lines, int from, Pattern pattern) {
    for (int i = from; i < lines.length; i++) if (pattern.matcher(lines[i]).find()) return i;
    return -1;
  }

  private static void fail(String name, String ir, String problem) {
    Path file = Path.of("target", "ir-checks", name + ".ll");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, ir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError(problem + "\n  IR written to " + file.toAbsolutePath()
        + "\n  reproduce: mvn -o -pl codegen-llvm test -Dtest=IrShapeTest");
  }
}
