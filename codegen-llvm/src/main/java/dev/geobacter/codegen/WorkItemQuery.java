package dev.geobacter.codegen;

/** The work-item queries of {@code dev.geobacter.Gpu}, by the name of the Java method. */
public enum WorkItemQuery {
  GLOBAL_ID("globalId"),
  LOCAL_ID("localId"),
  GROUP_ID("groupId"),
  GLOBAL_SIZE("globalSize"),
  LOCAL_SIZE("localSize"),
  NUM_GROUPS("numGroups");

  private final String methodName;

  WorkItemQuery(String methodName) {
    this.methodName = methodName;
  }

  public String methodName() {
    return methodName;
  }

  public static java.util.Optional<WorkItemQuery> byMethodName(String name) {
    for (WorkItemQuery query : values()) if (query.methodName.equals(name)) return java.util.Optional.of(query);
    return java.util.Optional.empty();
  }
}
