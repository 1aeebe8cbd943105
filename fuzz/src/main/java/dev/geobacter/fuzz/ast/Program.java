package dev.geobacter.fuzz.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A generated kernel class: the kernel, its helpers (a call DAG: a helper only calls helpers
 * declared after it), and the Java error bound in ulps of each approximate result slot the kernel
 * writes ({@code approx[i * approxUlps.size() + k]}).
 */
public record Program(long seed, String packageName, String className, Method kernel, List<Method> helpers,
    List<Double> approxUlps) {
  public Program {
    helpers = List.copyOf(helpers);
    approxUlps = List.copyOf(approxUlps);
  }

  /** {@code fuzz.Fuzz_2a}. */
  public String binaryName() {
    return packageName + "." + className;
  }

  /** The kernel first, then the helpers. */
  public List<Method> methods() {
    List<Method> all = new ArrayList<>();
    all.add(kernel);
    all.addAll(helpers);
    return all;
  }

  /** This program with every method passed through {@code change} (kernel first). */
  public Program mapMethods(UnaryOperator<Method> change) {
    List<Method> newHelpers = new ArrayList<>();
    for (Method helper : helpers) newHelpers.add(change.apply(helper));
    return new Program(seed, packageName, className, change.apply(kernel), newHelpers, approxUlps);
  }

  public String source() {
    return new SourcePrinter().print(this);
  }
}
