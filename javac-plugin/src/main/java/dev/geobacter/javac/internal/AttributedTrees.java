package dev.geobacter.javac.internal;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCCase;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCIdent;
import com.sun.tools.javac.tree.JCTree.JCMemberReference;
import com.sun.tools.javac.tree.JCTree.JCMethodDecl;
import com.sun.tools.javac.tree.JCTree.JCMethodInvocation;
import com.sun.tools.javac.tree.JCTree.JCNewClass;
import com.sun.tools.javac.tree.JCTree.JCVariableDecl;
import com.sun.tools.javac.tree.TreeInfo;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * What javac's attribution left on each tree node: its type, its symbol, its constant value. The
 * public API reaches the same through a {@code TreePath} per node, which costs a search from the
 * root each time; the serializer asks for every node.
 */
public final class AttributedTrees {
  private AttributedTrees() {}

  /** The attributed type of an expression or declaration; null where javac attributed none. */
  public static TypeMirror typeOf(Tree tree) {
    return ((JCTree) tree).type;
  }

  /**
   * The compile-time constant value of an expression (JLS 15.29), as javac folded it: boxed
   * primitives (boolean and char as Integer) or a String; null when the expression is not constant.
   */
  public static Object constantValue(Tree tree) {
    Type type = ((JCTree) tree).type;
    return type == null ? null : type.constValue();
  }

  /** The element a name, selection, call, constructor call, reference or declaration resolves to; null if none. */
  public static Element elementOf(Tree tree) {
    JCTree node = TreeInfo.skipParens((JCTree) tree);
    if (node instanceof JCIdent ident) return ident.sym;
    if (node instanceof JCFieldAccess select) return select.sym;
    if (node instanceof JCMethodInvocation call) return TreeInfo.symbol(call.meth);
    if (node instanceof JCNewClass creation) return creation.constructor;
    if (node instanceof JCMemberReference reference) return reference.sym;
    if (node instanceof JCVariableDecl variable) return variable.sym;
    if (node instanceof JCMethodDecl method) return method.sym;
    if (node instanceof JCClassDecl type) return type.sym;
    return null;
  }

  /** Whether javac resolved this call in its variable-arity form (the trailing arguments become an array). */
  public static boolean isVarargsCall(Tree call) {
    return call instanceof JCMethodInvocation invocation && invocation.varargsElement != null;
  }

  /**
   * The tree kinds of a case's labels by name: an expression kind for a constant, and from JDK 17 on
   * DEFAULT_CASE_LABEL and kinds ending in PATTERN or CASE_LABEL, whose names vary between releases.
   */
  public static java.util.List<String> caseLabelKinds(CaseTree tree) {
    java.util.List<String> kinds = new java.util.ArrayList<>();
    for (JCTree label : ((JCCase) tree).labels) kinds.add(label.getKind().name());
    return kinds;
  }

  /** javac's preferred diagnostic position of a node (e.g. a method's name), or -1. */
  public static long preferredPosition(Tree tree) {
    return ((JCTree) tree).pos;
  }
}
