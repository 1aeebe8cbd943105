package dev.geobacter.javac;

import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.Unsupported;
import dev.geobacter.metadata.proto.UnsupportedKind;
import javax.lang.model.type.TypeMirror;

/** Unsupported statement and expression nodes: what the code was, where, never an error here. */
final class UnsupportedNodes {
  /** Longest detail recorded; the detail is for people, a long one only repeats the source. */
  private static final int MAX_DETAIL = 80;

  private UnsupportedNodes() {}

  static Expr expr(MethodScope scope, TypeMirror type, UnsupportedKind kind, String detail) {
    return scope.expr(type).setUnsupported(node(kind, detail)).build();
  }

  /**
   * {@code this} or {@code super}, written or implied as the receiver of an instance member: kernels
   * are static, so the schema has no node for it.
   */
  static Expr thisReference(MethodScope scope, TypeMirror type, String detail) {
    return expr(scope, type, UnsupportedKind.OTHER, detail);
  }

  static Stmt stmt(MethodScope scope, UnsupportedKind kind, String detail) {
    return scope.stmt().setUnsupported(node(kind, detail)).build();
  }

  static Unsupported node(UnsupportedKind kind, String detail) {
    String shortened = detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
    return Unsupported.newBuilder().setKind(kind).setDetail(shortened).build();
  }
}
