package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link MethodSource} over methods given by the test; records every lookup it answers. */
final class TestSource implements MethodSource {
  private final Map<MethodRef, Resolution> methods = new HashMap<>();
  final List<MethodRef> asked = new ArrayList<>();

  static TestSource of(MethodInfo... bodies) {
    TestSource source = new TestSource();
    for (MethodInfo body : bodies) source.add(body);
    return source;
  }

  TestSource add(MethodInfo body) {
    String owner = body.getOwner();
    String simple = owner.substring(owner.lastIndexOf('.') + 1).replaceAll("\\$.*", "");
    methods.put(Trees.ref(body), new Resolution.Found(body, simple + ".java", "test:" + owner));
    return this;
  }

  TestSource with(MethodRef method, Resolution resolution) {
    methods.put(method, resolution);
    return this;
  }

  @Override
  public Resolution resolve(MethodRef method) {
    asked.add(method);
    Resolution resolution = methods.get(method);
    return resolution != null ? resolution
        : new Resolution.Missing("no sidecar holds " + Descriptors.jvmForm(method) + " in this test");
  }
}
