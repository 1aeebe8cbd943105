package dev.geobacter.rules;

/**
 * The kernel rules, each with a stable id. Ids never change meaning and are never reused: tools,
 * docs and users' notes refer to them. Which class checks each rule:
 *
 * <ul>
 *   <li>GB101–GB113: {@code UnsupportedMessages} (the writer's {@code Unsupported} nodes);
 *   <li>GB120–GB124: {@code ValueRules} (strings, objects, array allocation, fields);
 *   <li>GB130–GB133: {@code CallGraphWalker} (calls and recursion);
 *   <li>GB140–GB142: {@code EntryRules} (the kernel method's signature);
 *   <li>GB150: {@code DimensionRule} (the dimension argument of the {@code Gpu} intrinsics);
 *   <li>GB190: {@code MethodBodyWalker} (a tree that breaks the schema's invariants).
 *   <li>GB111 also comes from {@code MethodBodyWalker} when a tree exceeds its own depth bound.
 * </ul>
 */
public enum Rule {
  OBJECT_ALLOCATION("GB101", "object allocation"),
  TRY("GB102", "try/catch/finally"),
  SYNCHRONIZED("GB103", "synchronized"),
  LAMBDA("GB104", "lambda expression"),
  METHOD_REFERENCE("GB105", "method reference"),
  THROW("GB106", "throw"),
  INSTANCEOF("GB107", "instanceof"),
  SWITCH_EXPRESSION("GB108", "switch expression"),
  ASSERT("GB109", "assert"),
  LOCAL_CLASS("GB110", "local or anonymous class"),
  TOO_DEEP("GB111", "code nested too deeply"),
  VARARGS_CALL("GB112", "varargs call"),
  UNSUPPORTED_CONSTRUCT("GB113", "other unsupported construct"),

  STRING("GB120", "string value"),
  OBJECT("GB121", "object value"),
  ARRAY_ALLOCATION("GB122", "array allocation"),
  STATIC_FIELD("GB123", "non-constant static field"),
  INSTANCE_FIELD("GB124", "instance field"),

  DYNAMIC_CALL("GB130", "call not resolvable statically"),
  CALL_WITHOUT_BODY("GB131", "call to a method without a body"),
  MISSING_METHOD("GB132", "call to an unavailable method"),
  RECURSION("GB133", "recursion"),

  KERNEL_NOT_STATIC("GB140", "kernel is not static"),
  KERNEL_RETURNS_VALUE("GB141", "kernel does not return void"),
  KERNEL_PARAMETER("GB142", "kernel parameter type"),

  DIMENSION_ARGUMENT("GB150", "dimension argument"),

  MALFORMED_TREE("GB190", "malformed typed tree");

  private final String id;
  private final String title;

  Rule(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The stable id, e.g. {@code "GB101"}. */
  public String id() {
    return id;
  }

  /** A few words naming what the rule forbids, for tables and docs. */
  public String title() {
    return title;
  }

  /** The rule with this id, e.g. {@code "GB101"}. */
  public static Rule byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) return rule;
    }
    throw new IllegalArgumentException("no kernel rule has id " + id);
  }
}
