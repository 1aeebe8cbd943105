package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.DoWhile;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.For;
import dev.geobacter.metadata.proto.ForEachArray;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.While;
import java.util.Optional;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Lowers while, do-while, for and enhanced-for loops over arrays. */
final class LoopLowering {
  private final FunctionScope scope;
  private final StatementLowering statements;
  private final ExpressionLowering expressions;

  LoopLowering(FunctionScope scope, StatementLowering statements, ExpressionLowering expressions) {
    this.scope = scope;
    this.statements = statements;
    this.expressions = expressions;
  }

  void lowerWhile(While loop, String label) {
    LLVMBasicBlockRef condition = scope.newBlock("while.cond");
    LLVMBasicBlockRef body = scope.newBlock("while.body");
    LLVMBasicBlockRef end = scope.newBlock("while.end");
    scope.branchTo(condition);
    scope.positionAt(condition);
    LLVMBuildCondBr(scope.builder(), expressions.lowerCondition(loop.getCond()), body, end);
    scope.positionAt(body);
    lowerBody(loop.getBody(), label, end, condition);
    scope.positionAt(end);
  }

  void lowerDoWhile(DoWhile loop, String label) {
    LLVMBasicBlockRef body = scope.newBlock("do.body");
    LLVMBasicBlockRef condition = scope.newBlock("do.cond");
    LLVMBasicBlockRef end = scope.newBlock("do.end");
    scope.branchTo(body);
    scope.positionAt(body);
    lowerBody(loop.getBody(), label, end, condition);
    scope.positionAt(condition);
    LLVMBuildCondBr(scope.builder(), expressions.lowerCondition(loop.getCond()), body, end);
    scope.positionAt(end);
  }

  /**
   * A counted loop whose indexed accesses can be proven in bounds up front runs in two copies: one
   * without those checks, taken when the proof holds, and the original (see {@link CountedLoop}).
   */
  void lowerFor(For loop, String label) {
    loop.getInitList().forEach(statements::lower);
    LLVMBasicBlockRef end = scope.newBlock("for.end");
    // Also without checks: the proven copy computes its indexes in 64 bits, which is only right
    // where the 32-bit ones cannot wrap.
    Optional<CountedLoop> counted = CountedLoop.recognize(scope, loop);
    if (counted.isPresent() && !scope.isTerminated()) {
      LLVMBasicBlockRef unchecked = scope.newBlock("for.unchecked");
      LLVMBasicBlockRef checked = scope.newBlock("for.checked");
      LLVMBuildCondBr(scope.builder(), counted.get().emitInBoundsForEveryIteration(expressions), unchecked, checked);
      scope.positionAt(unchecked);
      LLVMValueRef[] latch = new LLVMValueRef[1];
      scope.withProvenInBounds(counted.get(), () -> latch[0] = lowerForLoop(loop, label, end));
      int unroll = scope.module().target().provenLoopUnrollCount();
      if (unroll > 0 && latch[0] != null) LoopMetadata.unrollCount(scope, latch[0], unroll);
      scope.positionAt(checked);
    }
    lowerForLoop(loop, label, end);
    scope.positionAt(end);
  }

  /**
   * The condition, body and update of a for loop that leaves to {@code end}, from the current
   * block; returns the back-edge branch, or null when the update is unreachable.
   */
  private LLVMValueRef lowerForLoop(For loop, String label, LLVMBasicBlockRef end) {
    LLVMBasicBlockRef condition = scope.newBlock("for.cond");
    LLVMBasicBlockRef body = scope.newBlock("for.body");
    LLVMBasicBlockRef update = scope.newBlock("for.update");
    scope.branchTo(condition);
    scope.positionAt(condition);
    if (loop.hasCond()) LLVMBuildCondBr(scope.builder(), expressions.lowerCondition(loop.getCond()), body, end);
    else LLVMBuildBr(scope.builder(), body);
    scope.positionAt(body);
    lowerBody(loop.getBody(), label, end, update);
    scope.positionAt(update);
    for (Expr expr : loop.getUpdateList()) expressions.lower(expr);
    return scope.isTerminated() ? null : LLVMBuildBr(scope.builder(), condition);
  }

  /** {@code for (T v : array)}: the array is evaluated once; its elements need no bounds checks. */
  void lowerForEach(ForEachArray loop, String label) {
    LLVMBuilderRef builder = scope.builder();
    IrTypes types = scope.types();
    JavaType arrayType = scope.typeOf(loop.getArray());
    if (!arrayType.isArray()) {
      throw scope.error(loop.getArray(), "an enhanced for loop in a kernel can only iterate over a one-dimensional "
          + "array of a primitive type, not " + arrayType.javaName());
    }
    JavaType elementType = JavaType.of(arrayType.descriptor().substring(1));
    JavaType variableType = scope.type(loop.getVarType());
    requirePrimitiveConversion(loop.getElementConversion(), loop.getArray());

    LLVMValueRef array = expressions.lower(loop.getArray());
    LLVMValueRef length = LLVMBuildExtractValue(builder, array, 1, "length");
    LLVMValueRef counter = scope.stackSlot(types.i32, "foreach.index");
    LLVMBuildStore(builder, LLVMConstInt(types.i32, 0, 0), counter);
    FunctionScope.LocalSlot variable = scope.declareLocal(loop.getSlot(), variableType, loop.getName());

    LLVMBasicBlockRef condition = scope.newBlock("foreach.cond");
    LLVMBasicBlockRef body = scope.newBlock("foreach.body");
    LLVMBasicBlockRef step = scope.newBlock("foreach.step");
    LLVMBasicBlockRef end = scope.newBlock("foreach.end");
    LLVMBuildBr(builder, condition);
    scope.positionAt(condition);
    LLVMValueRef index = LLVMBuildLoad2(builder, types.i32, counter, "i");
    LLVMBuildCondBr(builder, LLVMBuildICmp(builder, LLVMIntSLT, index, length, "more"), body, end);

    scope.positionAt(body);
    LLVMValueRef address = ArrayElements.address(scope, array, LLVMBuildLoad2(builder, types.i32, counter, "i"),
        elementType.kind());
    LLVMValueRef element = ArrayElements.load(scope, address, elementType.kind());
    LLVMBuildStore(builder, Conversions.convert(scope, element, elementType, variableType), variable.address());
    lowerBody(loop.getBody(), label, end, step);

    scope.positionAt(step);
    LLVMValueRef current = LLVMBuildLoad2(builder, types.i32, counter, "i");
    LLVMBuildStore(builder, LLVMBuildAdd(builder, current, LLVMConstInt(types.i32, 1, 0), "next"), counter);
    LLVMBuildBr(builder, condition);
    scope.positionAt(end);
  }

  private void requirePrimitiveConversion(ConversionKind kind, Expr where) {
    switch (kind) {
      case NONE, WIDENING_PRIMITIVE, NARROWING_PRIMITIVE, WIDENING_AND_NARROWING -> { }
      case BOXING, UNBOXING, REFERENCE, UNRECOGNIZED -> throw scope.error(where,
          "the loop variable of an enhanced for loop in a kernel must be a primitive (found a " + kind
              + " conversion of the elements); declare it with the array's element type");
    }
  }

  private void lowerBody(Stmt body, String label, LLVMBasicBlockRef breakTo, LLVMBasicBlockRef continueTo) {
    scope.jumps().push(new JumpTargets.Entry(JumpTargets.Kind.LOOP, label, breakTo, continueTo));
    statements.lower(body);
    scope.jumps().pop();
    scope.branchTo(continueTo);
  }
}
