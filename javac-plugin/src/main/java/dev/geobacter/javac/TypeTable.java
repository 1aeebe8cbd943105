package dev.geobacter.javac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A method's type table: each distinct descriptor once, indexed in order of first use (deterministic). */
final class TypeTable {
  private final Map<String, Integer> indices = new HashMap<>();
  private final List<String> descriptors = new ArrayList<>();

  int indexOf(String descriptor) {
    return indices.computeIfAbsent(descriptor, d -> {
      descriptors.add(d);
      return descriptors.size() - 1;
    });
  }

  String descriptorAt(int index) {
    return descriptors.get(index);
  }

  List<String> descriptors() {
    return List.copyOf(descriptors);
  }
}
