package dev.geobacter.codegen;

import dev.geobacter.metadata.proto.MethodInfo;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What codegen compiles: a kernel's entry method and every method it can reach (the entry
 * included), each as the typed tree its sidecar recorded, plus the source file name of each
 * declaring class for positions in messages. The driver has already validated the graph.
 */
public final class KernelProgram {
  private final MethodInfo entry;
  private final Map<MethodKey, MethodInfo> methods = new LinkedHashMap<>();
  private final Map<String, String> sourceFiles;

  public KernelProgram(MethodInfo entry, Collection<MethodInfo> reachable, Map<String, String> sourceFiles) {
    this.entry = entry;
    methods.put(MethodKey.of(entry), entry);
    for (MethodInfo method : reachable) methods.putIfAbsent(MethodKey.of(method), method);
    this.sourceFiles = Map.copyOf(sourceFiles);
  }

  /** The program of a kernel graph the driver validated: what every LLVM backend compiles. */
  public static KernelProgram of(dev.geobacter.spi.KernelGraph graph) {
    Map<String, String> sourceFiles = new java.util.HashMap<>();
    for (var method : graph.methods()) sourceFiles.putIfAbsent(method.info().getOwner(), method.sourceFile());
    return new KernelProgram(graph.entry().info(), graph.methods().stream().map(m -> m.info()).toList(), sourceFiles);
  }

  public MethodInfo entry() {
    return entry;
  }

  /** Every method, the entry first. */
  public List<MethodInfo> methods() {
    return List.copyOf(methods.values());
  }

  public Optional<MethodInfo> find(MethodKey key) {
    return Optional.ofNullable(methods.get(key));
  }

  /** The source file of a class, by the binary name of the class or of its top-level class. */
  public String sourceFileOf(String owner) {
    String file = sourceFiles.get(owner);
    if (file != null) return file;
    int nested = owner.indexOf('$');
    return nested < 0 ? "" : sourceFiles.getOrDefault(owner.substring(0, nested), "");
  }

  /**
   * A hex SHA-256 identifying the program's code: every method's name, descriptor and content,
   * entry first. Equal hashes mean the same generated code for the same target and options.
   */
  public String contentHash() {
    java.security.MessageDigest digest = dev.geobacter.metadata.MethodHashes.sha256();
    for (MethodInfo method : methods.values()) {
      digest.update(MethodKey.of(method).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(dev.geobacter.metadata.MethodHashes.compute(method).toByteArray());
    }
    return java.util.HexFormat.of().formatHex(digest.digest());
  }

  public SourcePosition positionOf(MethodInfo method, int line, int column) {
    return new SourcePosition(method.getOwner(), method.getName(), sourceFileOf(method.getOwner()), line, column);
  }
}
