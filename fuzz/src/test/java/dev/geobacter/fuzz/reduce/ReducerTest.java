package dev.geobacter.fuzz.reduce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.gen.ProgramGenerator;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.testkit.InProcessJavac;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReducerTest {
  @Test
  void shrinksToWhatThePredicateNeedsAndStaysCompilable() {
    Map<String, String> reduced = new LinkedHashMap<>();
    for (long seed = 40; seed < 50; seed++) {
      Program program = ProgramGenerator.generate(seed);
      if (!program.source().contains(" >>> ")) continue;
      Reducer reducer = new Reducer(p -> p.source().contains(" >>> "), 5000);
      Program small = reducer.reduce(program);
      String text = small.source();
      assertTrue(text.contains(" >>> "), "the reduction lost what made the program fail:\n" + text);
      long lines = text.lines().count();
      assertTrue(lines < program.source().lines().count(), "nothing was removed from seed " + seed);
      // Besides the class frame, the kernel's guard and the 8 locals (never removed), only the shift remains.
      assertTrue(lines <= 45, "seed " + seed + " reduced to " + lines + " lines:\n" + text);
      for (var helper : small.helpers()) {
        boolean called = text.split("[^\\w]" + helper.name() + "\\(").length > 2;
        assertTrue(called, "uncalled helper " + helper.name() + " kept:\n" + text);
      }
      reduced.put(small.binaryName().replace('.', '/') + ".java", text);
    }
    assertTrue(reduced.size() >= 3, "too few seeds with >>> to test the reducer: " + reduced.size());
    CompilationResult result = new InProcessJavac().sources(reduced).compile();
    assertTrue(result.success(), result.describeDiagnostics());
  }

  @Test
  void aPredicateThatNeverHoldsLeavesTheProgramAsItWas() {
    Program program = ProgramGenerator.generate(7);
    Reducer reducer = new Reducer(p -> false, 50);
    assertTrue(reducer.reduce(program).source().equals(program.source()));
    assertTrue(reducer.attempts() == 50, "the attempt budget was not respected: " + reducer.attempts());
  }
}
