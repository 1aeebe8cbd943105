package dev.geobacter.javac;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import dev.geobacter.javac.SourcePositions.Position;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.metadata.proto.Block;
import dev.geobacter.metadata.proto.Break;
import dev.geobacter.metadata.proto.Continue;
import dev.geobacter.metadata.proto.DoWhile;
import dev.geobacter.metadata.proto.Empty;
import dev.geobacter.metadata.proto.ExprStmt;
import dev.geobacter.metadata.proto.For;
import dev.geobacter.metadata.proto.ForEachArray;
import dev.geobacter.metadata.proto.If;
import dev.geobacter.metadata.proto.Labeled;
import dev.geobacter.metadata.proto.LocalVar;
import dev.geobacter.metadata.proto.Return;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.UnsupportedKind;
import dev.geobacter.metadata.proto.While;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Statements to Stmt nodes; switch statements have their own serializer. */
final class StatementSerializer {
  private final MethodScope scope;
  private final ExpressionSerializer expressions;
  private final SwitchSerializer switches;

  StatementSerializer(MethodScope scope) {
    this.scope = scope;
    this.expressions = new ExpressionSerializer(scope);
    this.switches = new SwitchSerializer(this, expressions, scope);
  }

  Stmt serialize(StatementTree tree) {
    Position parent = scope.current();
    scope.enter(tree);
    try {
      return dispatch(tree);
    } finally {
      scope.exit(parent);
    }
  }

  Stmt block(BlockTree tree) {
    Position parent = scope.current();
    scope.enter(tree);
    try {
      return scope.stmt().setBlock(statements(tree.getStatements())).build();
    } finally {
      scope.exit(parent);
    }
  }

  Block.Builder statements(List<? extends StatementTree> statements) {
    Block.Builder block = Block.newBuilder();
    for (StatementTree statement : statements) block.addStmts(serialize(statement));
    return block;
  }

  private Stmt dispatch(StatementTree tree) {
    switch (tree.getKind()) {
      case BLOCK:
        return scope.stmt().setBlock(statements(((BlockTree) tree).getStatements())).build();
      case VARIABLE: return localVariable((VariableTree) tree);
      case EXPRESSION_STATEMENT:
        return scope.stmt().setExpr(ExprStmt.newBuilder()
            .setExpr(expressions.serialize(((ExpressionStatementTree) tree).getExpression()))).build();
      case IF: return ifStatement((IfTree) tree);
      case WHILE_LOOP: {
        WhileLoopTree loop = (WhileLoopTree) tree;
        return scope.stmt().setWhileStmt(While.newBuilder().setCond(condition(loop.getCondition()))
            .setBody(serialize(loop.getStatement()))).build();
      }
      case DO_WHILE_LOOP: {
        DoWhileLoopTree loop = (DoWhileLoopTree) tree;
        return scope.stmt().setDoWhile(DoWhile.newBuilder().setBody(serialize(loop.getStatement()))
            .setCond(condition(loop.getCondition()))).build();
      }
      case FOR_LOOP: return forLoop((ForLoopTree) tree);
      case ENHANCED_FOR_LOOP: return forEach((EnhancedForLoopTree) tree);
      case LABELED_STATEMENT: {
        LabeledStatementTree labeled = (LabeledStatementTree) tree;
        return scope.stmt().setLabeled(Labeled.newBuilder().setLabel(labeled.getLabel().toString())
            .setBody(serialize(labeled.getStatement()))).build();
      }
      case BREAK: {
        BreakTree jump = (BreakTree) tree;
        return scope.stmt().setBreakStmt(Break.newBuilder().setLabel(nameOrEmpty(jump.getLabel()))).build();
      }
      case CONTINUE: {
        ContinueTree jump = (ContinueTree) tree;
        return scope.stmt().setContinueStmt(Continue.newBuilder().setLabel(nameOrEmpty(jump.getLabel()))).build();
      }
      case RETURN: return returnStatement((ReturnTree) tree);
      case SWITCH: return switches.switchStatement((SwitchTree) tree);
      case EMPTY_STATEMENT: return scope.stmt().setEmpty(Empty.getDefaultInstance()).build();
      case TRY: return unsupported(UnsupportedKind.TRY, "try");
      case SYNCHRONIZED: return unsupported(UnsupportedKind.SYNCHRONIZED, "synchronized");
      case THROW: return unsupported(UnsupportedKind.THROW, "throw");
      case ASSERT: return unsupported(UnsupportedKind.ASSERT, "assert");
      case CLASS: case INTERFACE: case ENUM: case ANNOTATION_TYPE:
        return unsupported(UnsupportedKind.LOCAL_CLASS, "local class " + ((ClassTree) tree).getSimpleName());
      default:
        if (tree instanceof ClassTree local) {
          // records and any class-like declaration a later JDK adds
          return unsupported(UnsupportedKind.LOCAL_CLASS, "local " + tree.getKind().name().toLowerCase()
              + " " + local.getSimpleName());
        }
        return unsupported(UnsupportedKind.OTHER, tree.getKind().name());
    }
  }

  private Stmt localVariable(VariableTree tree) {
    Element variable = AttributedTrees.elementOf(tree);
    TypeMirror type = variable.asType();
    LocalVar.Builder local = LocalVar.newBuilder()
        .setName(tree.getName().toString())
        .setType(scope.typeIndex(type));
    // the initializer is serialized before the variable exists: `int x = x + 1` does not compile anyway
    if (tree.getInitializer() != null) local.setInit(expressions.serializeAs(tree.getInitializer(), type));
    local.setSlot(scope.declare(variable));
    return scope.stmt().setLocalVar(local).build();
  }

  private Stmt ifStatement(IfTree tree) {
    If.Builder branch = If.newBuilder().setCond(condition(tree.getCondition()))
        .setThenStmt(serialize(tree.getThenStatement()));
    if (tree.getElseStatement() != null) branch.setElseStmt(serialize(tree.getElseStatement()));
    return scope.stmt().setIfStmt(branch).build();
  }

  private Stmt forLoop(ForLoopTree tree) {
    For.Builder loop = For.newBuilder();
    for (StatementTree init : tree.getInitializer()) loop.addInit(serialize(init));
    if (tree.getCondition() != null) loop.setCond(condition(tree.getCondition()));
    for (ExpressionStatementTree update : tree.getUpdate()) {
      loop.addUpdate(expressions.serialize(update.getExpression()));
    }
    return scope.stmt().setForStmt(loop.setBody(serialize(tree.getStatement()))).build();
  }

  private Stmt forEach(EnhancedForLoopTree tree) {
    TypeMirror iterated = ExpressionSerializer.typeOf(tree.getExpression());
    if (iterated == null || iterated.getKind() != TypeKind.ARRAY) {
      return unsupported(UnsupportedKind.OTHER, "for-each over Iterable");
    }
    Element variable = AttributedTrees.elementOf(tree.getVariable());
    TypeMirror varType = variable.asType();
    ForEachArray.Builder loop = ForEachArray.newBuilder()
        .setArray(expressions.serialize(tree.getExpression()))
        .setName(tree.getVariable().getName().toString())
        .setVarType(scope.typeIndex(varType))
        .setElementConversion(expressions.conversions().kindOf(((ArrayType) iterated).getComponentType(), varType));
    loop.setSlot(scope.declare(variable));
    return scope.stmt().setForEach(loop.setBody(serialize(tree.getStatement()))).build();
  }

  private Stmt returnStatement(ReturnTree tree) {
    Return.Builder ret = Return.newBuilder();
    if (tree.getExpression() != null) ret.setValue(expressions.serializeAs(tree.getExpression(), scope.returnType()));
    return scope.stmt().setReturnStmt(ret).build();
  }

  private dev.geobacter.metadata.proto.Expr condition(ExpressionTree tree) {
    return expressions.serializeAs(tree, expressions.conversions().booleanType());
  }

  Stmt unsupported(UnsupportedKind kind, String detail) {
    return UnsupportedNodes.stmt(scope, kind, detail);
  }

  private static String nameOrEmpty(javax.lang.model.element.Name label) {
    return label == null ? "" : label.toString();
  }
}
