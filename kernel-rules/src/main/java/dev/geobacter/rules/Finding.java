package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One violation of a kernel rule.
 *
 * @param rule what is violated
 * @param message what is wrong and what to do, without the position (the plugin adds its own)
 * @param method the method whose code violates the rule
 * @param sourceFile the file name of that method's source, e.g. {@code "Helpers.java"}; empty when unknown
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param chain the calls from the kernel entry to {@code method}: entry first, {@code method} last
 */
public record Finding(Rule rule, String message, MethodRef method, String sourceFile, int line, int column,
    List<MethodRef> chain) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(method, "method");
    sourceFile = sourceFile == null ? "" : sourceFile;
    chain = List.copyOf(chain);
  }

  /** {@code [GB101] object allocation is not supported in kernel code: new Point(...)}. */
  public String headline() {
    return "[" + rule.id() + "] " + message;
  }

  /** The stack-trace-like location: {@code lib.Helpers.f(Helpers.java:12)}. */
  public String location() {
    String file = sourceFile.isEmpty() ? "Unknown Source" : sourceFile;
    return Descriptors.qualifiedName(method) + "(" + file + (line > 0 ? ":" + line : "") + ")";
  }

  /**
   * The driver's multi-line form: the headline, where it is, and how the kernel reaches it.
   *
   * <pre>
   * [GB101] object allocation is not supported in kernel code: new Point(...)
   *     at lib.Helpers.f(Helpers.java:12)
   *     reached from kernel app.K.kernel -> lib.Helpers.f
   * </pre>
   */
  public String describe() {
    StringBuilder text = new StringBuilder(headline()).append("\n    at ").append(location());
    if (chain.size() > 1) {
      text.append("\n    reached from kernel ")
          .append(chain.stream().map(Descriptors::qualifiedName).collect(Collectors.joining(" -> ")));
    } else if (chain.size() == 1) {
      text.append("\n    in kernel ").append(Descriptors.qualifiedName(chain.get(0)));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
