package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.metadata.proto.Param;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One reachable method being checked: where findings in it go and what they carry. */
final class MethodScope {
  private final MethodInfo method;
  private final MethodRef ref;
  private final String sourceFile;
  private final List<MethodRef> livePath;
  private List<MethodRef> chain;
  private final List<Finding> findings;
  private final Map<Integer, String> localNames = new HashMap<>();

  private final String[] types;

  /**
   * {@code ref} is the method as called, {@code method} its tree. {@code path} is the call chain from
   * the entry to {@code ref}; it is read (and copied once, if there is a finding) only while this
   * method is walked, so call graphs with long chains do not copy every chain.
   */
  MethodScope(MethodRef ref, MethodInfo method, String sourceFile, List<MethodRef> path, List<Finding> findings) {
    this.method = method;
    this.ref = ref;
    this.types = new String[method.getTypesCount()];
    for (int i = 0; i < types.length; i++) {
      String desc = method.getTypes(i);
      types[i] = "V".equals(desc) || Descriptors.isFieldDescriptor(desc) ? desc : null;
    }
    this.sourceFile = sourceFile;
    this.livePath = path;
    this.findings = findings;
    for (Param param : method.getParamsList()) localNames.put(param.getSlot(), param.getName());
  }

  MethodInfo method() {
    return method;
  }

  MethodRef ref() {
    return ref;
  }

  List<MethodRef> chain() {
    if (chain == null) chain = List.copyOf(livePath);
    return chain;
  }

  void report(Rule rule, String message, int line, int column) {
    findings.add(new Finding(rule, message, ref, sourceFile, line, column, chain()));
  }

  /**
   * The descriptor at {@code index} of the method's type table: {@code "V"} or a valid field
   * descriptor; null if the index is out of range or the entry is not a descriptor.
   */
  String typeAt(int index) {
    return index >= 0 && index < types.length ? types[index] : null;
  }

  void declareLocal(int slot, String name) {
    localNames.put(slot, name);
  }

  /** The source name of a local slot, for messages. */
  String localName(int slot) {
    String name = localNames.get(slot);
    return name == null || name.isEmpty() ? "local #" + slot : name;
  }

  /** Reports a tree that breaks the schema's invariants: a writer bug or a damaged sidecar. */
  void reportMalformed(String what, int line, int column) {
    report(Rule.MALFORMED_TREE,
        "the typed tree of " + Descriptors.describe(ref) + " is malformed (" + what + "); rebuild "
            + sourceFileOrClass() + " with the Geobacter javac plugin that matches this runtime",
        line, column);
  }

  private String sourceFileOrClass() {
    return sourceFile.isEmpty() ? ref.getOwner() : sourceFile;
  }
}
