package dev.geobacter.javac;

import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import dev.geobacter.javac.SourcePositions.Position;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.Block;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Param;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.UnsupportedKind;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** One method with a body to a MethodInfo, hashed. */
final class MethodSerializer {
  private final Descriptors descriptors;
  private final Types types;
  private final SourcePositions positions;

  MethodSerializer(Descriptors descriptors, Types types, SourcePositions positions) {
    this.descriptors = descriptors;
    this.types = types;
    this.positions = positions;
  }

  MethodInfo serialize(MethodTree tree, ExecutableElement method) {
    MethodInfo info;
    try {
      info = build(tree, method, false);
      if (TreeDepth.of(info.getBody()) > SidecarFormat.MAX_TREE_DEPTH) info = build(tree, method, true);
    } catch (TooDeepException e) {
      info = build(tree, method, true);
    }
    return MethodHashes.withHash(info);
  }

  /** The method; with {@code tooDeep}, its body is one Unsupported(TOO_DEEP) statement. */
  private MethodInfo build(MethodTree tree, ExecutableElement method, boolean tooDeep) {
    Position declared = positions.at(AttributedTrees.preferredPosition(tree), new Position(0, 0));
    TypeMirror returnType = types.erasure(method.getReturnType());
    MethodScope scope = new MethodScope(descriptors, types, positions, returnType, declared);
    MethodInfo.Builder info = MethodInfo.newBuilder()
        .setOwner(descriptors.binaryName((TypeElement) method.getEnclosingElement()))
        .setName(method.getSimpleName().toString())
        .setDesc(descriptors.ofMethod(method))
        .setAccess(AccessFlags.of(method))
        .setLine(declared.line())
        .setColumn(declared.column());
    for (VariableTree parameter : tree.getParameters()) {
      Element element = AttributedTrees.elementOf(parameter);
      info.addParams(Param.newBuilder()
          .setName(parameter.getName().toString())
          .setType(scope.typeIndex(element.asType()))
          .setSlot(scope.declare(element)));
    }
    info.setReturnType(scope.typeIndex(returnType));
    info.setBody(tooDeep ? tooDeepBody(scope, tree) : new StatementSerializer(scope).block(tree.getBody()));
    return info.addAllTypes(scope.table().descriptors()).build();
  }

  private Stmt tooDeepBody(MethodScope scope, MethodTree tree) {
    Position body = positions.startOf(tree.getBody(), scope.current());
    Stmt tooDeep = Stmt.newBuilder().setLine(body.line()).setColumn(body.column())
        .setUnsupported(UnsupportedNodes.node(UnsupportedKind.TOO_DEEP,
            "body of " + tree.getName() + " nests deeper than " + SidecarFormat.MAX_TREE_DEPTH + " levels"))
        .build();
    return Stmt.newBuilder().setLine(body.line()).setColumn(body.column())
        .setBlock(Block.newBuilder().addStmts(tooDeep)).build();
  }
}
