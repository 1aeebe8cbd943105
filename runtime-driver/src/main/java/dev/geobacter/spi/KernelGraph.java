package dev.geobacter.spi;

import dev.geobacter.KernelInstance;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.ArrayParameterWrites;
import java.util.BitSet;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated kernel: its entry method and every method it can reach, each with its typed tree, and
 * the calls between them. Built once per kernel by the driver from the sidecars of every jar
 * involved; immutable.
 *
 * <p>{@link #hash()} identifies the code: equal hashes mean equal trees for every reachable method,
 * so backends may key compiled code (in memory or on disk) by it, with their target and options.
 */
public final class KernelGraph {
  private final KernelInstance<?> kernel;
  private final List<KernelMethod> methods;
  private final Map<MethodRef, KernelMethod> byRef;
  private final Map<MethodRef, List<MethodRef>> callees;
  private final byte[] hash;
  /** Computed on first use; a race computes the same value twice. */
  private volatile BitSet written;

  /**
   * @param methods the reachable methods with bodies, entry first, in the checker's deterministic order
   * @param callees for each method, the distinct methods it calls in order of first call, including
   *     intrinsics (such as {@code dev.geobacter.Gpu.barrier}) that have no body here
   */
  public KernelGraph(KernelInstance<?> kernel, List<KernelMethod> methods, Map<MethodRef, List<MethodRef>> callees,
      byte[] hash) {
    this.kernel = Objects.requireNonNull(kernel, "kernel");
    if (methods.isEmpty()) throw new IllegalArgumentException("a kernel graph holds at least its entry method");
    this.methods = List.copyOf(methods);
    Map<MethodRef, KernelMethod> index = new LinkedHashMap<>();
    for (KernelMethod method : this.methods) index.put(method.ref(), method);
    this.byRef = Collections.unmodifiableMap(index);
    Map<MethodRef, List<MethodRef>> calls = new LinkedHashMap<>();
    callees.forEach((caller, list) -> calls.put(caller, List.copyOf(list)));
    this.callees = Collections.unmodifiableMap(calls);
    this.hash = hash.clone();
  }

  /** The kernel this graph was built for (its owner class is the class the user named). */
  public KernelInstance<?> kernel() {
    return kernel;
  }

  /** The kernel method itself. */
  public KernelMethod entry() {
    return methods.get(0);
  }

  /** Every reachable method with a body, entry first, in a deterministic order. */
  public List<KernelMethod> methods() {
    return methods;
  }

  /** The reachable method named by {@code ref}, if it has a body in this graph. */
  public Optional<KernelMethod> method(MethodRef ref) {
    return Optional.ofNullable(byRef.get(plain(ref)));
  }

  /** The distinct methods {@code caller} calls, in order of first call (intrinsics included). */
  public List<MethodRef> callees(MethodRef caller) {
    return callees.getOrDefault(plain(caller), List.of());
  }

  /** Whether any reachable method calls {@code target}, e.g. {@code Gpu.barrier()}. */
  public boolean calls(MethodRef target) {
    MethodRef key = plain(target);
    for (List<MethodRef> list : callees.values()) {
      if (list.contains(key)) return true;
    }
    return false;
  }

  /**
   * Whether the kernel may write the array passed as its parameter {@code index} (conservatively:
   * any use other than reading elements or the length counts); false for other parameters.
   * Computed once per graph.
   */
  public boolean writesArrayParameter(int index) {
    BitSet written = this.written;
    if (written == null) {
      written = ArrayParameterWrites.of(entry().info());
      this.written = written;
    }
    return written.get(index);
  }

  /** SHA-256 over the schema version and every reachable method's name, descriptor and content hash. */
  public byte[] hash() {
    return hash.clone();
  }

  public String hashHex() {
    return HexFormat.of().formatHex(hash);
  }

  @Override
  public String toString() {
    return "KernelGraph[" + kernel + ", " + methods.size() + " methods, " + hashHex().substring(0, 12) + "]";
  }

  private static MethodRef plain(MethodRef ref) {
    return MethodRef.newBuilder().setOwner(ref.getOwner()).setName(ref.getName()).setDesc(ref.getDesc()).build();
  }
}
