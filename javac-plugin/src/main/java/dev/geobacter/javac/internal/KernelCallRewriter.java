package dev.geobacter.javac.internal;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCMethodInvocation;
import com.sun.tools.javac.tree.TreeMaker;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.List;
import com.sun.tools.javac.util.Names;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Turns an attributed {@code Geobacter.kernelInstance(X::m)} into
 * {@code Geobacter.compiledKernel(X.class, "m", "<descriptor>")} in place, after flow analysis and
 * before desugaring, so no lambda is ever generated for the reference.
 *
 * <p>Every new node carries its symbol and type, as attribution would have left them: the later
 * phases (TransTypes, Lower, Gen) read both. The call keeps its original type, so the generic
 * {@code KernelInstance<Kernel3<...>>} the caller sees does not change and erasure adds no cast.
 */
public final class KernelCallRewriter {
  static final String RUNTIME_CLASS = "dev.geobacter.Geobacter";
  static final String CONSTANT_FACTORY = "compiledKernel";

  private final TreeMaker make;
  private final Symtab symtab;
  private final Types types;
  private final Names names;

  KernelCallRewriter(Context context) {
    this.make = TreeMaker.instance(context);
    this.symtab = Symtab.instance(context);
    this.types = Types.instance(context);
    this.names = Names.instance(context);
  }

  /**
   * Rewrites {@code call}, a resolved {@code kernelInstance} invocation, to name {@code kernel}
   * (declared by {@code owner}) by its {@code descriptor}.
   */
  public void rewrite(MethodInvocationTree call, TypeElement owner, ExecutableElement kernel, String descriptor) {
    JCMethodInvocation invocation = (JCMethodInvocation) call;
    MethodSymbol calledMethod = (MethodSymbol) com.sun.tools.javac.tree.TreeInfo.symbol(invocation.meth);
    ClassSymbol runtimeClass = (ClassSymbol) calledMethod.owner;
    MethodSymbol factory = findFactory(runtimeClass);
    make.at(invocation.pos);

    JCFieldAccess callee = select(make.Type(types.erasure(runtimeClass.type)), factory);
    callee.type = new Type.MethodType(types.erasure(factory.type).getParameterTypes(), invocation.type,
        List.nil(), symtab.methodClass);

    invocation.meth = callee;
    invocation.typeargs = List.nil();
    invocation.varargsElement = null;
    invocation.args = List.of(classLiteral((ClassSymbol) owner), make.Literal(kernel.getSimpleName().toString()),
        make.Literal(descriptor));
  }

  /** {@code Owner.class} as Attr builds it: a selection of {@code class}, typed {@code Class<Owner>}. */
  private JCExpression classLiteral(ClassSymbol owner) {
    Type erased = types.erasure(owner.type);
    Type classOfOwner = new Type.ClassType(symtab.classType.getEnclosingType(), List.of(erased), symtab.classType.tsym);
    VarSymbol classField = new VarSymbol(Flags.STATIC | Flags.PUBLIC | Flags.FINAL, names._class, classOfOwner, owner);
    return select(make.Type(erased), classField);
  }

  /**
   * A selection carrying {@code symbol} and its type. TreeMaker's own Select(JCExpression, Symbol)
   * changed its return type between JDK 17 and 21, so a plugin built on one would not link on the
   * other; the Name overload and the public fields are the same in every release.
   */
  private JCFieldAccess select(JCExpression qualifier, Symbol symbol) {
    JCFieldAccess selection = make.Select(qualifier, symbol.name);
    selection.sym = symbol;
    selection.type = symbol.type;
    return selection;
  }

  private MethodSymbol findFactory(ClassSymbol runtimeClass) {
    for (Symbol member : runtimeClass.getEnclosedElements()) {
      if (member instanceof MethodSymbol method && method.name.contentEquals(CONSTANT_FACTORY)
          && method.params().size() == 3) {
        return method;
      }
    }
    throw new IllegalStateException(RUNTIME_CLASS + "." + CONSTANT_FACTORY
        + "(Class, String, String) is missing: the runtime on the class path is older than this plugin");
  }
}
