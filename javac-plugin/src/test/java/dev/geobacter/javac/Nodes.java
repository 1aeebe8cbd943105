package dev.geobacter.javac;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Finds nodes in a serialized method, in pre-order, for assertions. */
final class Nodes {
  private Nodes() {}

  static List<Expr> exprs(MethodInfo method) {
    List<Expr> found = new ArrayList<>();
    collect(method.getBody(), Expr.class, found);
    return found;
  }

  static List<Stmt> stmts(MethodInfo method) {
    List<Stmt> found = new ArrayList<>();
    collect(method.getBody(), Stmt.class, found);
    return found;
  }

  static List<Expr> exprs(MethodInfo method, Expr.KindCase kind) {
    return exprs(method).stream().filter(e -> e.getKindCase() == kind).collect(Collectors.toList());
  }

  static List<Stmt> stmts(MethodInfo method, Stmt.KindCase kind) {
    return stmts(method).stream().filter(s -> s.getKindCase() == kind).collect(Collectors.toList());
  }

  static Expr first(MethodInfo method, Predicate<Expr> predicate) {
    return exprs(method).stream().filter(predicate).findFirst()
        .orElseThrow(() -> new AssertionError("no such expression in\n" + method));
  }

  /** The descriptor of an expression's type. */
  static String type(MethodInfo method, Expr expr) {
    return method.getTypes(expr.getType());
  }

  private static <T extends Message> void collect(Message message, Class<T> kind, List<T> found) {
    if (kind.isInstance(message)) found.add(kind.cast(message));
    for (var entry : message.getAllFields().entrySet()) {
      FieldDescriptor field = entry.getKey();
      if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) continue;
      if (field.isRepeated()) {
        for (Object element : (List<?>) entry.getValue()) collect((Message) element, kind, found);
      } else {
        collect((Message) entry.getValue(), kind, found);
      }
    }
  }
}
