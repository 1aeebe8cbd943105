package dev.geobacter.javac;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreeScanner;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The methods of one top-level class and everything nested in it (member, local and anonymous
 * classes), in source order: a method comes before the classes declared inside its body.
 */
final class ClassSerializer {
  /** What a top-level class declares: its methods with bodies, and those without. */
  record Methods(List<MethodInfo> withBodies, List<MethodRef> withoutBodies) {}

  private final Descriptors descriptors;
  private final MethodSerializer methods;

  ClassSerializer(Descriptors descriptors, MethodSerializer methods) {
    this.descriptors = descriptors;
    this.methods = methods;
  }

  Methods serialize(ClassTree topLevel) {
    MethodCollector collector = new MethodCollector();
    collector.scan(topLevel, null);
    return new Methods(List.copyOf(collector.withBodies), List.copyOf(collector.withoutBodies));
  }

  private final class MethodCollector extends TreeScanner<Void, Void> {
    final List<MethodInfo> withBodies = new ArrayList<>();
    final List<MethodRef> withoutBodies = new ArrayList<>();

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      Element element = AttributedTrees.elementOf(tree);
      if (element instanceof ExecutableElement method) {
        if (tree.getBody() != null) {
          withBodies.add(methods.serialize(tree, method));
        } else {
          withoutBodies.add(MethodRef.newBuilder()
              .setOwner(descriptors.binaryName((TypeElement) method.getEnclosingElement()))
              .setName(method.getSimpleName().toString())
              .setDesc(descriptors.ofMethod(method))
              .build());
        }
      }
      return super.visitMethod(tree, unused);
    }
  }
}
