package dev.geobacter.javac;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.metadata.proto.Case;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.Switch;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Switch statements over integral values or enums, old-style or arrow. Switches over strings and
 * switches with pattern or null labels are recorded as unsupported.
 */
final class SwitchSerializer {
  private final StatementSerializer statements;
  private final ExpressionSerializer expressions;
  private final MethodScope scope;

  SwitchSerializer(StatementSerializer statements, ExpressionSerializer expressions, MethodScope scope) {
    this.statements = statements;
    this.expressions = expressions;
    this.scope = scope;
  }

  Stmt switchStatement(SwitchTree tree) {
    TypeMirror selectorType =
        expressions.conversions().unboxedOrSelf(ExpressionSerializer.typeOf(tree.getExpression()));
    boolean integral = isIntegral(selectorType.getKind());
    boolean isEnum = isEnum(selectorType);
    if (!integral && !isEnum) {
      return statements.unsupported(UnsupportedKind.OTHER, "switch on " + describe(selectorType));
    }
    for (CaseTree c : tree.getCases()) {
      if (hasPatternOrNullLabel(c)) {
        return statements.unsupported(UnsupportedKind.OTHER, "switch with pattern or null labels");
      }
    }
    Expr selector = integral
        ? expressions.serializeAs(tree.getExpression(), selectorType)
        : expressions.serialize(tree.getExpression());
    Switch.Builder switchStmt = Switch.newBuilder().setSelector(selector);
    for (CaseTree c : tree.getCases()) {
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) switchStmt.setArrow(true);
      switchStmt.addCases(caseOf(c));
    }
    return scope.stmt().setSwitchStmt(switchStmt).build();
  }

  private Case caseOf(CaseTree tree) {
    Case.Builder result = Case.newBuilder();
    List<? extends ExpressionTree> labels = tree.getExpressions();
    for (String kind : AttributedTrees.caseLabelKinds(tree)) {
      if (kind.equals("DEFAULT_CASE_LABEL")) result.setIsDefault(true);
    }
    if (labels.isEmpty()) result.setIsDefault(true);
    for (ExpressionTree label : labels) {
      Object constant = AttributedTrees.constantValue(label);
      if (constant != null) {
        result.addIntLabels(constant instanceof Character c ? c : ((Number) constant).longValue());
      } else {
        Element element = AttributedTrees.elementOf(label);
        result.addEnumLabels(element != null ? element.getSimpleName().toString() : label.toString());
      }
    }
    List<? extends StatementTree> body = tree.getStatements();
    if (body != null) {
      for (StatementTree statement : body) result.addBody(statements.serialize(statement));
    } else if (tree.getBody() instanceof StatementTree statement) {
      result.addBody(statements.serialize(statement));
    }
    return result.build();
  }

  private static boolean hasPatternOrNullLabel(CaseTree tree) {
    for (String kind : AttributedTrees.caseLabelKinds(tree)) {
      if (kind.contains("PATTERN")) return true;
    }
    for (ExpressionTree label : tree.getExpressions()) {
      if (label.getKind() == Tree.Kind.NULL_LITERAL) return true;
    }
    return false;
  }

  private static boolean isIntegral(TypeKind kind) {
    return kind == TypeKind.INT || kind == TypeKind.CHAR || kind == TypeKind.SHORT || kind == TypeKind.BYTE;
  }

  private static boolean isEnum(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((javax.lang.model.type.DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
  }

  private static String describe(TypeMirror type) {
    return type.toString().startsWith("java.lang.String") ? "String" : type.toString();
  }
}
