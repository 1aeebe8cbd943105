package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.testkit.InProcessJavac;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The test harness for diagnostics: expected errors are marked beside the line they belong to,
 * {@code // error: [GB101] object allocation}, and the compilation must report exactly those (a
 * message starting with the id and containing the rest of the text, at that line of that file) and
 * no other error or warning. A line may carry several markers.
 */
final class ExpectedDiagnostics {
  private static final String MARKER = "// error: ";

  record Expected(String file, long line, String text) {}

  private ExpectedDiagnostics() {}

  /** Compiles and checks that the diagnostics are exactly the marked ones. */
  static CompilationResult check(InProcessJavac compilation) {
    List<Expected> expected = parse(compilation.sources());
    CompilationResult result = compilation.compile();
    List<Diagnostic<? extends JavaFileObject>> unmatched = new ArrayList<>(result.diagnostics());
    for (Expected e : expected) {
      Diagnostic<? extends JavaFileObject> match = unmatched.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null
              && d.getSource().getName().endsWith(e.file()) && d.getLineNumber() == e.line()
              && matches(d.getMessage(null), e.text()))
          .findFirst().orElse(null);
      if (match == null) {
        fail("expected an error containing \"" + e.text() + "\" at " + e.file() + ":" + e.line() + ", got:\n"
            + result.describeDiagnostics());
      }
      unmatched.remove(match);
    }
    assertTrue(unmatched.isEmpty(), () -> "unexpected diagnostics:\n" + result.describeDiagnostics());
    assertTrue(expected.isEmpty() == result.success(),
        () -> "compilation success " + result.success() + " with expected errors " + expected);
    return result;
  }

  /** A marker {@code [GB101] words} matches a message with that id that contains the words. */
  static boolean matches(String message, String marker) {
    if (marker.startsWith("[") && marker.indexOf(']') > 0) {
      String id = marker.substring(0, marker.indexOf(']') + 1);
      return message.startsWith(id) && message.contains(marker.substring(id.length()).trim());
    }
    return message.contains(marker);
  }

  static List<Expected> parse(Map<String, String> sources) {
    List<Expected> expected = new ArrayList<>();
    sources.forEach((file, text) -> {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String[] markers = lines[i].split(MARKER, -1);
        for (int m = 1; m < markers.length; m++) expected.add(new Expected(file, i + 1, markers[m].trim()));
      }
    });
    return expected;
  }
}
