package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import com.google.protobuf.Message;
import dev.geobacter.codegen.GpuBarriers;
import dev.geobacter.codegen.JavaType;
import dev.geobacter.metadata.TreeNodes;
import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.For;
import dev.geobacter.metadata.proto.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * An innermost {@code for (...; k < bound; k++)} loop whose body leaves {@code k}, {@code bound}
 * and some indexed arrays alone, with the accesses whose indexes are affine in {@code k}. Before
 * such a loop one test decides whether every one of those accesses is in bounds for every value
 * {@code k} can take; when it is, the loop runs in a copy without their checks, otherwise in the
 * original, whose checks fail exactly where the JVM would. A runtime range-check elimination
 * for strides LLVM's {@code irce} does not take (a column walk {@code b[k * n + col]}, packed
 * records {@code pos[4 * j + 1]}).
 */
final class CountedLoop {
  private final FunctionScope scope;
  private final int counter;
  private final Expr bound;
  private final AffineIndex affine;
  private final List<Expr> accesses;

  private CountedLoop(FunctionScope scope, int counter, Expr bound, AffineIndex affine, List<Expr> accesses) {
    this.scope = scope;
    this.counter = counter;
    this.bound = bound;
    this.affine = affine;
    this.accesses = accesses;
  }

  /** The loop's provable accesses, or empty when the loop has another shape or none to prove. */
  static Optional<CountedLoop> recognize(FunctionScope scope, For loop) {
    if (!loop.hasCond() || loop.getUpdateCount() != 1) return Optional.empty();
    Expr condition = loop.getCond();
    if (!condition.hasBinary() || condition.getBinary().getOp() != BinaryOp.LT) return Optional.empty();
    Expr counterUse = condition.getBinary().getLeft();
    if (!counterUse.hasLocal() || scope.typeOf(counterUse).kind() != JavaType.Kind.INT) return Optional.empty();
    int counter = counterUse.getLocal().getSlot();
    if (!incrementsByOne(loop.getUpdate(0), counter)) return Optional.empty();

    BodyFacts facts = BodyFacts.of(loop.getBody());
    if (facts.unsafe) return Optional.empty();
    Set<Integer> variant = new HashSet<>(facts.changedSlots);
    variant.add(counter);
    AffineIndex affine = new AffineIndex(scope, counter, variant);
    if (!affine.isInvariant(condition.getBinary().getRight())) return Optional.empty();
    List<Expr> provable = new ArrayList<>();
    for (Expr access : facts.accesses) {
      Expr array = access.getArrayAccess().getArray();
      if (affine.isInvariantArray(array) && affine.accepts(access.getArrayAccess().getIndex())) provable.add(access);
    }
    if (provable.isEmpty()) return Optional.empty();
    return Optional.of(new CountedLoop(scope, counter, condition.getBinary().getRight(), affine, provable));
  }

  /** The array-access expressions that need no check in the proven copy. */
  List<Expr> provableAccesses() {
    return accesses;
  }

  /**
   * The exact {@code i64} value of a provable access's index at the counter's current value:
   * inside the proven copy it equals the {@code int} Java computes (which cannot wrap there), and
   * 64-bit arithmetic without wrapping lets LLVM step pointers instead of re-extending each index.
   */
  LLVMValueRef wideIndex(Expr index) {
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef current = LLVMBuildLoad2(builder, scope.types().i32, scope.local(counter, index).address(), "");
    return affine.emitWide(index, LLVMBuildSExt(builder, current, scope.types().i64, ""));
  }

  /**
   * Emits, where the loop starts (after its initializers), the {@code i1} that is true when the
   * loop runs no iteration or every provable access is in bounds at both ends of the counter's
   * range, hence in between.
   */
  LLVMValueRef emitInBoundsForEveryIteration(ExpressionLowering expressions) {
    LLVMBuilderRef builder = scope.builder();
    IrTypes types = scope.types();
    FunctionScope.LocalSlot slot = scope.local(counter, bound);
    LLVMValueRef first = LLVMBuildLoad2(builder, types.i32, slot.address(), "first");
    LLVMValueRef end = expressions.lower(bound);
    LLVMValueRef proven = LLVMBuildICmp(builder, LLVMIntSGE, first, end, "no.iterations");
    LLVMValueRef wideFirst = LLVMBuildSExt(builder, first, types.i64, "");
    LLVMValueRef wideLast = LLVMBuildNSWSub(builder, LLVMBuildSExt(builder, end, types.i64, ""),
        LLVMConstInt(types.i64, 1, 0), "last");
    LLVMValueRef all = LLVMConstInt(types.i1, 1, 0);
    for (Expr access : accesses) {
      Expr index = access.getArrayAccess().getIndex();
      LLVMValueRef length = LLVMBuildSExt(builder, affine.length(access.getArrayAccess().getArray()), types.i64, "");
      for (LLVMValueRef at : List.of(wideFirst, wideLast)) {
        // Unsigned: a negative index is out of bounds too.
        LLVMValueRef inBounds = LLVMBuildICmp(builder, LLVMIntULT, affine.emitWide(index, at), length, "");
        all = LLVMBuildAnd(builder, all, inBounds, "");
      }
    }
    return LLVMBuildOr(builder, proven, all, "in.bounds.everywhere");
  }

  private static boolean incrementsByOne(Expr update, int counter) {
    if (update.hasIncDec()) {
      return update.getIncDec().getIncrement() && isLocal(update.getIncDec().getTarget(), counter);
    }
    if (update.hasCompoundAssign()) {
      var compound = update.getCompoundAssign();
      return compound.getOp() == BinaryOp.ADD && isLocal(compound.getTarget(), counter)
          && compound.getValue().hasLiteral() && compound.getValue().getLiteral().hasIntValue()
          && compound.getValue().getLiteral().getIntValue() == 1;
    }
    return false;
  }

  private static boolean isLocal(Expr expr, int slot) {
    return expr.hasLocal() && expr.getLocal().getSlot() == slot;
  }

  /** What the proof needs to know about a loop body, from one walk over its tree. */
  private static final class BodyFacts {
    final Set<Integer> changedSlots = new HashSet<>();
    final List<Expr> accesses = new ArrayList<>();
    /** A nested loop (versioning only innermost loops keeps the code size linear) or a call that may wait at a barrier. */
    boolean unsafe;

    static BodyFacts of(Stmt body) {
      BodyFacts facts = new BodyFacts();
      walk(body, facts::note);
      return facts;
    }

    private void note(Message node) {
      if (node instanceof Stmt stmt) {
        switch (stmt.getKindCase()) {
          case WHILE_STMT, DO_WHILE, FOR_STMT, FOR_EACH -> unsafe = true;
          case LOCAL_VAR -> changedSlots.add(stmt.getLocalVar().getSlot());
          default -> { }
        }
      } else if (node instanceof Expr expr) {
        switch (expr.getKindCase()) {
          case ARRAY_ACCESS -> accesses.add(expr);
          case ASSIGN -> noteTarget(expr.getAssign().getTarget());
          case COMPOUND_ASSIGN -> noteTarget(expr.getCompoundAssign().getTarget());
          case INC_DEC -> noteTarget(expr.getIncDec().getTarget());
          case INVOKE -> unsafe |= mayWaitAtBarrier(expr);
          default -> { }
        }
      }
    }

    private void noteTarget(Expr target) {
      if (target.hasLocal()) changedSlots.add(target.getLocal().getSlot());
    }

    /**
     * A barrier must be reached by all work-items on the same path, and the two copies are two
     * paths; only JDK methods and the work-item queries are known never to wait at one.
     */
    private static boolean mayWaitAtBarrier(Expr invoke) {
      String owner = invoke.getInvoke().getOwner();
      if (owner.startsWith("java.")) return false;
      return !owner.equals(GpuBarriers.GPU_CLASS) || invoke.getInvoke().getName().equals("barrier");
    }

    private static void walk(Message message, Consumer<Message> visit) {
      visit.accept(message);
      TreeNodes.children(message).forEach(child -> walk(child, visit));
    }
  }
}
