package dev.geobacter.rules;

import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.InvokeKind;
import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks the call graph from a kernel entry, depth-first over call sites in tree order, checking each
 * reachable method once (with the first chain that reaches it). Rules GB130–GB133 live here: calls
 * that are not static, calls to methods without a body or unavailable, and recursion.
 *
 * <p>The walk keeps its own stack, so call chains of any length cannot overflow the Java stack.
 */
final class CallGraphWalker {
  private final MethodRef entry;
  private final MethodSource source;
  private final Map<MethodRef, Resolution> resolutions = new HashMap<>();
  private final Set<MethodRef> discovered = new HashSet<>();
  /** The chain from the entry to the method being walked; {@link #pathIndex} finds a method in it. */
  private final List<MethodRef> path = new ArrayList<>();
  private final Map<MethodRef, Integer> pathIndex = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<Resolution.Found> reachable = new ArrayList<>();
  private final List<CallEdge> calls = new ArrayList<>();

  CallGraphWalker(MethodRef entry, MethodSource source) {
    this.entry = normalized(Objects.requireNonNull(entry, "entry"));
    this.source = Objects.requireNonNull(source, "source");
  }

  KernelCheck walk() {
    Resolution resolution = resolve(entry);
    if (resolution instanceof Resolution.Found found) {
      explore(found);
    } else if (resolution instanceof Resolution.NoBody noBody) {
      reportAtEntry(Rule.CALL_WITHOUT_BODY, "kernel " + Descriptors.describe(entry) + " has no body ("
          + noBody.detail() + "); a kernel is a static method with a body, compiled with the Geobacter javac"
          + " plugin");
    } else if (resolution instanceof Resolution.Missing missing) {
      reportAtEntry(Rule.MISSING_METHOD, missing.detail());
    } else {
      requireElsewhere(resolution); // checked where its sidecar is available
    }
    return new KernelCheck(entry, findings, reachable, calls);
  }

  /** A method on the walk's stack: the callees found in its tree, and how many have been taken. */
  private static final class Frame {
    final List<Callee> callees;
    int next;

    Frame(List<Callee> callees) {
      this.callees = callees;
    }

    boolean hasNext() {
      return next < callees.size();
    }
  }

  private record Callee(MethodRef ref, Resolution.Found found) {}

  private void explore(Resolution.Found entryFound) {
    Deque<Frame> frames = new ArrayDeque<>();
    frames.push(enter(entry, entryFound, true));
    while (!frames.isEmpty()) {
      Frame top = frames.peek();
      if (top.hasNext()) {
        Callee callee = top.callees.get(top.next++);
        if (!discovered.contains(callee.ref())) frames.push(enter(callee.ref(), callee.found(), false));
      } else {
        frames.pop();
        pathIndex.remove(path.remove(path.size() - 1));
      }
    }
  }

  private Frame enter(MethodRef ref, Resolution.Found found, boolean isEntry) {
    discovered.add(ref);
    reachable.add(found);
    pathIndex.put(ref, path.size());
    path.add(ref);
    MethodScope scope = new MethodScope(ref, found.method(), found.sourceFile(), path, findings);
    if (isEntry) EntryRules.check(scope);
    List<Callee> callees = new ArrayList<>();
    new MethodBodyWalker(scope, (call, invoke) -> visitCall(scope, call, invoke, callees)).walk();
    return new Frame(callees);
  }

  /** Checks one call site in the method of {@code scope}; queues a callee with a body for the walk. */
  private boolean visitCall(MethodScope scope, Expr call, Invoke invoke, List<Callee> callees) {
    MethodRef callee = Descriptors.methodRef(invoke.getOwner(), invoke.getName(), invoke.getDesc());
    int line = call.getLine();
    int column = call.getColumn();
    if (!isKnown(invoke.getKind()) || !Descriptors.isMethodDescriptor(invoke.getDesc())) {
      scope.reportMalformed("a call to " + Descriptors.jvmForm(callee) + " of unknown kind or descriptor", line,
          column);
      return true;
    }
    if (invoke.getKind() != InvokeKind.STATIC) {
      scope.report(Rule.DYNAMIC_CALL, "the call to " + Descriptors.describe(callee) + " cannot be resolved"
          + " statically: it calls " + dispatched(invoke.getKind()) + "; kernel code may call only static methods",
          line, column);
      return true;
    }
    if (Intrinsics.isIntrinsic(callee)) {
      queueSubstitute(callee, callees);
      return Intrinsics.takesDimension(callee) && DimensionRule.check(call, invoke, scope);
    }
    Optional<MethodRef> mathForm = Intrinsics.mathFormOf(callee);
    if (mathForm.isPresent()) {
      scope.report(Rule.MISSING_METHOD, Descriptors.describe(callee) + " must return fdlibm's exact result,"
          + " which kernel code cannot reproduce on devices; call " + Descriptors.describe(mathForm.get())
          + " instead (within the error bound its documentation states)", line, column);
      return true;
    }
    Integer cycleStart = pathIndex.get(callee);
    if (cycleStart != null) {
      calls.add(new CallEdge(scope.ref(), callee, line, column));
      scope.report(Rule.RECURSION, "recursion is not supported in kernel code: this call closes the cycle "
          + cycle(cycleStart, callee) + "; rewrite it as a loop", line, column);
      return true;
    }
    Resolution resolution = resolve(callee);
    if (resolution instanceof Resolution.Found found) {
      calls.add(new CallEdge(scope.ref(), callee, line, column));
      callees.add(new Callee(callee, found));
      return false;
    } else if (resolution instanceof Resolution.NoBody noBody) {
      scope.report(Rule.CALL_WITHOUT_BODY, Descriptors.describe(callee) + " has no body (" + noBody.detail()
          + "); kernel code may call static methods with a body and the intrinsics listed in CODING.md",
          line, column);
      return true;
    } else if (resolution instanceof Resolution.Missing missing) {
      scope.report(Rule.MISSING_METHOD, missing.detail(), line, column);
      return true;
    }
    requireElsewhere(resolution); // checked where its sidecar is available, not traversed here
    return false;
  }

  /**
   * Queues the kernel-code substitute of a JDK intrinsic ({@link MathSubstitutes}) when the source
   * has its body, so that the graph holds it for targets without a math library; it is checked like
   * any reached method. Where the source has no body for it (the javac plugin, which does not
   * compile the library), the intrinsic stands alone.
   */
  private void queueSubstitute(MethodRef intrinsic, List<Callee> callees) {
    Optional<MethodRef> substitute = MathSubstitutes.of(intrinsic);
    if (substitute.isEmpty()) return;
    if (resolve(substitute.get()) instanceof Resolution.Found found) {
      callees.add(new Callee(substitute.get(), found));
    }
  }

  /** Resolution is sealed; this catches a new kind added without teaching the walker about it. */
  private static void requireElsewhere(Resolution resolution) {
    if (!(resolution instanceof Resolution.Elsewhere)) {
      throw new IllegalStateException("unhandled resolution " + resolution);
    }
  }

  private static boolean isKnown(InvokeKind kind) {
    return switch (kind) {
      case STATIC, VIRTUAL, INTERFACE, SPECIAL -> true;
      case INVOKE_KIND_UNSPECIFIED, UNRECOGNIZED -> false;
    };
  }

  /** What a call of a non-static kind dispatches to, for the message. */
  private static String dispatched(InvokeKind kind) {
    return switch (kind) {
      case VIRTUAL -> "an instance method";
      case INTERFACE -> "an interface method";
      case SPECIAL -> "a private instance method or a superclass method";
      case STATIC, INVOKE_KIND_UNSPECIFIED, UNRECOGNIZED -> "a method of kind " + kind;
    };
  }

  private String cycle(int start, MethodRef callee) {
    List<MethodRef> cycle = new ArrayList<>(path.subList(start, path.size()));
    cycle.add(callee);
    return cycle.stream().map(Descriptors::qualifiedName).collect(Collectors.joining(" -> "));
  }

  private Resolution resolve(MethodRef method) {
    return resolutions.computeIfAbsent(method, m -> Objects.requireNonNull(source.resolve(m),
        () -> "MethodSource " + source + " returned null for " + Descriptors.jvmForm(m)));
  }

  private void reportAtEntry(Rule rule, String message) {
    findings.add(new Finding(rule, message, entry, "", 0, 0, List.of(entry)));
  }

  private static MethodRef normalized(MethodRef method) {
    return Descriptors.methodRef(method.getOwner(), method.getName(), method.getDesc());
  }
}
