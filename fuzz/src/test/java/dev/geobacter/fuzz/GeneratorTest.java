package dev.geobacter.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.fuzz.ast.JType;
import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.gen.IntrinsicCatalog;
import dev.geobacter.fuzz.gen.ProgramGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generator's own guarantees: determinism per seed, and every feature across 200 seeds. */
class GeneratorTest {
  private static final int SEEDS = 200;

  @Test
  void sameSeedGivesTheSameSourceText() {
    for (long seed = 0; seed < 50; seed++) {
      assertEquals(ProgramGenerator.generate(seed).source(), ProgramGenerator.generate(seed).source(),
          "seed " + seed);
    }
    long large = 0xDEADBEEFCAFEF00DL;
    assertEquals(ProgramGenerator.generate(large).source(), ProgramGenerator.generate(large).source());
  }

  @Test
  void differentSeedsGiveDifferentPrograms() {
    Set<String> distinct = new HashSet<>();
    for (long seed = 0; seed < 100; seed++) distinct.add(ProgramGenerator.generate(seed).source().replaceAll("Fuzz_\\w+", ""));
    assertEquals(100, distinct.size());
  }

  @Test
  void everyOperatorTypeAndStatementKindAppearsAcross200Seeds() {
    Census census = new Census();
    for (long seed = 0; seed < SEEDS; seed++) census.add(ProgramGenerator.generate(seed));
    List<String> required = new ArrayList<>();
    for (String op : List.of("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>", "<", "<=", ">", ">=", "==",
        "!=", "&&", "||")) {
      required.add("binary " + op);
    }
    for (String op : List.of("-", "~", "!", "+")) required.add("unary " + op);
    for (String op : List.of("+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=")) {
      required.add("compound " + op);
    }
    for (JType type : JType.values()) {
      required.add("local " + type.keyword());
      required.add("array param " + type.keyword());
      required.add("array read " + type.keyword());
      required.add("for each " + type.keyword());
      required.add("helper returns " + type.keyword());
    }
    for (JType to : JType.NUMERIC) {
      for (JType from : JType.NUMERIC) required.add("cast " + to.keyword() + "<-" + from.keyword());
      required.add("incdec " + to.keyword());
    }
    for (String narrow : List.of("byte", "short", "char")) {
      for (String op : List.of("+=", "*=", "<<=", ">>>=")) required.add("compound " + narrow + " " + op);
    }
    required.addAll(List.of("prefix ++", "prefix --", "postfix ++", "postfix --", "ternary", "if", "if else", "for",
        "while", "do while", "labeled loop", "break", "continue", "labeled break", "labeled continue", "switch",
        "arrow switch", "switch on int", "switch on char", "default", "fallthrough", "helper call", "element assign",
        "array length", "binary << int long", "binary >>> long byte", "binary / long int", "binary % int long",
        "binary < long float", "binary + char int", "compound boolean &=", "compound boolean ^="));
    for (String text : List.of("Float.NaN", "Double.NaN", "Float.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY",
        "-0.0", "-0.0f", "1.0E30f", "Integer.MIN_VALUE", "2147483647", "Long.MIN_VALUE", "9223372036854775807L",
        "(byte) -128", "(short) 32767", "(char) 65535", "31", "32", "63", "64", "-1", "0", "1")) {
      required.add("literal " + text);
    }
    for (IntrinsicCatalog.Method m : IntrinsicCatalog.exact()) required.add("call " + m.target() + "/" + m.params().size());
    for (IntrinsicCatalog.Method m : IntrinsicCatalog.approximate()) {
      required.add("call " + m.target() + "/" + m.params().size());
    }
    Set<String> missing = new TreeSet<>(required);
    missing.removeAll(census.features());
    assertTrue(missing.isEmpty(), "features no program of " + SEEDS + " seeds uses: " + missing);
  }

  @Test
  void programsStayWithinTheirSizeBudget() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Program program = ProgramGenerator.generate(seed);
      int lines = program.source().split("\n").length;
      assertTrue(lines < 400, "seed " + seed + " has " + lines + " lines");
      assertTrue(program.kernel().params().size() <= 8, "seed " + seed + ": more parameters than Kernel8 takes");
    }
  }

  @Test
  void approximateSlotsRecordTheirMethodsBound() {
    Program program = null;
    for (long seed = 0; program == null || program.approxUlps().isEmpty(); seed++) program = ProgramGenerator.generate(seed);
    String source = program.source();
    assertTrue(source.contains("APPROX_ULPS = \""), source);
    assertNotEquals(-1, source.indexOf("approx[(i * " + program.approxUlps().size() + ") + 0] = Math."), source);
  }
}
