package dev.geobacter.metadata;

import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;

/** Generic navigation of a typed tree: analyses that care about a few node kinds walk the rest with it. */
public final class TreeNodes {
  private TreeNodes() {}

  /** The direct child messages of {@code node} (its set message fields and repeated message fields), in field order. */
  public static List<Message> children(Message node) {
    List<Message> children = new ArrayList<>();
    for (Object value : node.getAllFields().values()) {
      if (value instanceof Message child) children.add(child);
      else if (value instanceof List<?> list) {
        for (Object item : list) if (item instanceof Message child) children.add(child);
      }
    }
    return children;
  }
}
