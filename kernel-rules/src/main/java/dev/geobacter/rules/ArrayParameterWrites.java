package dev.geobacter.rules;

import com.google.protobuf.Message;
import dev.geobacter.metadata.TreeNodes;
import dev.geobacter.metadata.proto.ArrayAccess;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Param;
import dev.geobacter.metadata.proto.Stmt;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which array parameters of a kernel may be written, so a launcher can skip copying the others
 * back. Conservative: a parameter counts as written when an element of it is assigned, or when it
 * is used in any way other than reading an element, its length or iterating over it (passed to a
 * call, stored in a local, chosen by {@code ?:}...), since it could then be written elsewhere.
 */
public final class ArrayParameterWrites {
  private final Map<Integer, Integer> parameterBySlot = new HashMap<>();
  private final BitSet written = new BitSet();

  private ArrayParameterWrites(MethodInfo kernel) {
    List<Param> params = kernel.getParamsList();
    for (int i = 0; i < params.size(); i++) {
      if (kernel.getTypes(params.get(i).getType()).startsWith("[")) parameterBySlot.put(params.get(i).getSlot(), i);
    }
  }

  /** Indexes of the kernel's parameters that may be written (non-array parameters never are). */
  public static BitSet of(MethodInfo kernel) {
    ArrayParameterWrites analysis = new ArrayParameterWrites(kernel);
    analysis.visit(kernel.getBody());
    return (BitSet) analysis.written.clone();
  }

  private void visit(Message message) {
    if (message instanceof Expr expr && visitExpr(expr)) return;
    if (message instanceof Stmt stmt && stmt.hasForEach() && isParameter(stmt.getForEach().getArray())) {
      visit(stmt.getForEach().getBody());
      return;
    }
    TreeNodes.children(message).forEach(this::visit);
  }

  /** Handles the uses of parameters that are not escapes; true when the children are done. */
  private boolean visitExpr(Expr expr) {
    switch (expr.getKindCase()) {
      case LOCAL -> {
        Integer parameter = parameterBySlot.get(expr.getLocal().getSlot());
        if (parameter != null) written.set(parameter);
        return true;
      }
      case ARRAY_ACCESS -> {
        return visitElement(expr.getArrayAccess(), false);
      }
      case ARRAY_LENGTH -> {
        if (!isParameter(expr.getArrayLength().getArray())) return false;
        return true;
      }
      case ASSIGN -> {
        return visitTarget(expr.getAssign().getTarget(), expr.getAssign().getValue());
      }
      case COMPOUND_ASSIGN -> {
        return visitTarget(expr.getCompoundAssign().getTarget(), expr.getCompoundAssign().getValue());
      }
      case INC_DEC -> {
        return visitTarget(expr.getIncDec().getTarget(), null);
      }
      default -> {
        return false;
      }
    }
  }

  private boolean visitTarget(Expr target, Expr value) {
    if (target.hasArrayAccess()) visitElement(target.getArrayAccess(), true);
    else if (!target.hasLocal()) visit(target);
    if (value != null) visit(value);
    return true;
  }

  private boolean visitElement(ArrayAccess access, boolean write) {
    if (isParameter(access.getArray())) {
      if (write) written.set(parameterBySlot.get(access.getArray().getLocal().getSlot()));
    } else {
      visit(access.getArray());
    }
    visit(access.getIndex());
    return true;
  }

  private boolean isParameter(Expr expr) {
    return expr.hasLocal() && parameterBySlot.containsKey(expr.getLocal().getSlot());
  }
}
