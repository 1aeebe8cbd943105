package dev.geobacter.rules;

import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.Unsupported;
import dev.geobacter.metadata.proto.UnsupportedKind;

/** Rules GB101–GB113: the constructs the writer records as {@code Unsupported} nodes. */
final class UnsupportedMessages {
  private UnsupportedMessages() {}

  /** Reports {@code node}; returns false for an unknown kind (the caller reports a malformed tree). */
  static boolean report(Unsupported node, MethodScope scope, int line, int column) {
    Rule rule = ruleFor(node.getKind());
    if (rule == null) return false;
    scope.report(rule, message(node.getKind(), node.getDetail()), line, column);
    return true;
  }

  /** The rule of an unsupported kind, or null for a kind no writer produces. */
  static Rule ruleFor(UnsupportedKind kind) {
    return switch (kind) {
      case OBJECT_ALLOCATION -> Rule.OBJECT_ALLOCATION;
      case TRY -> Rule.TRY;
      case SYNCHRONIZED -> Rule.SYNCHRONIZED;
      case LAMBDA -> Rule.LAMBDA;
      case METHOD_REFERENCE -> Rule.METHOD_REFERENCE;
      case THROW -> Rule.THROW;
      case INSTANCEOF -> Rule.INSTANCEOF;
      case SWITCH_EXPRESSION -> Rule.SWITCH_EXPRESSION;
      case ASSERT -> Rule.ASSERT;
      case LOCAL_CLASS -> Rule.LOCAL_CLASS;
      case TOO_DEEP -> Rule.TOO_DEEP;
      case VARARGS_CALL -> Rule.VARARGS_CALL;
      case OTHER -> Rule.UNSUPPORTED_CONSTRUCT;
      case UNSUPPORTED_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
    };
  }

  static String message(UnsupportedKind kind, String detail) {
    String what = switch (kind) {
      case OBJECT_ALLOCATION -> "object allocation is not supported in kernel code";
      case TRY -> "try/catch/finally is not supported in kernel code";
      case SYNCHRONIZED -> "synchronized is not supported in kernel code";
      case LAMBDA -> "lambda expressions are not supported in kernel code";
      case METHOD_REFERENCE -> "method references are not supported in kernel code";
      case THROW -> "throw is not supported in kernel code";
      case INSTANCEOF -> "instanceof is not supported in kernel code";
      case SWITCH_EXPRESSION -> "switch expressions are not supported in kernel code";
      case ASSERT -> "assert is not supported in kernel code";
      case LOCAL_CLASS -> "local and anonymous classes are not supported in kernel code";
      case TOO_DEEP -> "this code nests more than " + SidecarFormat.MAX_TREE_DEPTH
          + " levels deep, more than kernel code may";
      case VARARGS_CALL -> "calls to varargs methods are not supported in kernel code";
      case OTHER, UNSUPPORTED_KIND_UNSPECIFIED, UNRECOGNIZED -> "this construct is not supported in kernel code";
    };
    String advice = switch (kind) {
      case OBJECT_ALLOCATION -> "; use primitives, or pass arrays as kernel parameters";
      case TRY -> "; kernels cannot catch exceptions";
      case SYNCHRONIZED -> "; use Gpu.barrier() to synchronize the work-items of a group";
      case LAMBDA, METHOD_REFERENCE -> "; call a static method directly";
      case THROW -> "; out-of-bounds indexes and division by zero are still raised on the host";
      case INSTANCEOF -> "; kernel values are primitives and 1-D primitive arrays";
      case SWITCH_EXPRESSION -> "; use a switch statement or if/else";
      case ASSERT -> "; test the condition on the host";
      case LOCAL_CLASS -> "; move the code into a static method";
      case TOO_DEEP -> "; split it into smaller methods";
      case VARARGS_CALL -> "; call a method with fixed parameters";
      case OTHER, UNSUPPORTED_KIND_UNSPECIFIED, UNRECOGNIZED -> "";
    };
    return detail == null || detail.isEmpty() ? what + advice : what + ": " + detail + advice;
  }
}
