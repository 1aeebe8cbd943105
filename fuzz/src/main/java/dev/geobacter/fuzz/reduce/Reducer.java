package dev.geobacter.fuzz.reduce;

import dev.geobacter.fuzz.ast.Expr;
import dev.geobacter.fuzz.ast.Method;
import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.gen.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing program while it keeps failing: greedy passes that remove statements, then
 * replace subexpressions by the simplest constants of their type, in pre-order (so a whole loop
 * goes before its body's statements are tried one by one), until a pass changes nothing or the
 * attempt budget is spent. The result is 1-minimal with respect to these edits when the budget
 * suffices.
 */
public final class Reducer {
  private final Predicate<Program> stillFails;
  private final int maxAttempts;
  private int attempts;

  /** @param stillFails compiles and runs a candidate; true if it shows the same failure */
  public Reducer(Predicate<Program> stillFails, int maxAttempts) {
    this.stillFails = stillFails;
    this.maxAttempts = maxAttempts;
  }

  public int attempts() {
    return attempts;
  }

  public Program reduce(Program program) {
    Program current = program;
    boolean progress = true;
    while (progress && attempts < maxAttempts) {
      progress = false;
      Program withoutUnused = withoutUncalledHelpers(current);
      if (withoutUnused != current) {
        current = withoutUnused;
        progress = true;
      }
      for (Rewriter.Kind kind : Rewriter.Kind.values()) {
        Program reduced = pass(current, kind);
        if (reduced != current) {
          current = reduced;
          progress = true;
        }
      }
    }
    return current;
  }

  /** {@code program} without the helpers nothing calls any more, if it still fails without them. */
  private Program withoutUncalledHelpers(Program program) {
    String source = program.source();
    List<Method> kept = new ArrayList<>();
    for (Method helper : program.helpers()) {
      // A declaration is "static T name(": any other occurrence of "name(" is a call.
      int uses = source.split("[^\\w]" + helper.name() + "\\(", -1).length - 1;
      if (uses > 1) kept.add(helper);
    }
    if (kept.size() == program.helpers().size() || attempts >= maxAttempts) return program;
    Program candidate = new Program(program.seed(), program.packageName(), program.className(), program.kernel(), kept,
        program.approxUlps());
    attempts++;
    return stillFails.test(candidate) ? candidate : program;
  }

  private Program pass(Program program, Rewriter.Kind kind) {
    Program current = program;
    int place = 0;
    while (place < Rewriter.count(current, kind) && attempts < maxAttempts) {
      Program accepted = null;
      for (Program candidate : candidates(current, kind, place)) {
        if (candidate.source().equals(current.source())) continue;
        attempts++;
        if (stillFails.test(candidate)) {
          accepted = candidate;
          break;
        }
        if (attempts >= maxAttempts) break;
      }
      if (accepted != null) {
        current = accepted; // the same place now holds something else: try it again
      } else {
        place++;
      }
    }
    return current;
  }

  private static List<Program> candidates(Program program, Rewriter.Kind kind, int place) {
    List<Program> out = new ArrayList<>();
    if (kind == Rewriter.Kind.REMOVE_STATEMENT) {
      out.add(new Rewriter(kind, place, e -> e).apply(program));
      return out;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int option = 0; option < 3; option++) {
      int choice = option;
      Program candidate = new Rewriter(kind, place, e -> literal(e, choice)).apply(program);
      if (seen.add(candidate.source())) out.add(candidate);
    }
    return out;
  }

  /** The {@code choice}-th simplest constant of {@code e}'s type (the last one if there are fewer). */
  private static Expr literal(Expr e, int choice) {
    List<Expr.Literal> simplest = Values.simplest(e.type());
    return simplest.get(Math.min(choice, simplest.size() - 1));
  }
}
