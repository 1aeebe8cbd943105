package dev.geobacter.metadata;

import dev.geobacter.metadata.proto.ArrayAccess;
import dev.geobacter.metadata.proto.ArrayLength;
import dev.geobacter.metadata.proto.Assign;
import dev.geobacter.metadata.proto.Binary;
import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.Block;
import dev.geobacter.metadata.proto.Case;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.CompoundAssign;
import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.Convert;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.ExprStmt;
import dev.geobacter.metadata.proto.For;
import dev.geobacter.metadata.proto.If;
import dev.geobacter.metadata.proto.IncDec;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.InvokeKind;
import dev.geobacter.metadata.proto.Literal;
import dev.geobacter.metadata.proto.Local;
import dev.geobacter.metadata.proto.LocalVar;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.metadata.proto.Param;
import dev.geobacter.metadata.proto.Return;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.Switch;
import dev.geobacter.metadata.proto.Unsupported;
import dev.geobacter.metadata.proto.UnsupportedKind;

/**
 * A realistic sidecar, as the plugin would write it for:
 *
 * <pre>
 * final class Saxpy {                                        // Saxpy.java
 *   static float twice(float v) { return v * 2f; }           // line 3
 *   static void saxpy(float a, float[] x, float[] y) {       // line 5
 *     int i = Gpu.globalId(0);
 *     if (i < x.length) y[i] = a * x[i] + twice(y[i]);
 *     for (int k = 0; k < 3; k++) y[i] += -0.0f;
 *     switch (i) { case 1: case 2: y[i] = Float.NaN; break; default: }
 *   }
 *   static void main(String[] args) { ... kernelInstance(Saxpy::saxpy) ... }
 * }
 * </pre>
 */
final class SampleSidecars {
  // Type table shared by the methods below (each method carries its own copy).
  private static final String[] TYPES = {"V", "I", "F", "[F", "Z", "D"};
  private static final int V = 0, I = 1, F = 2, FA = 3, Z = 4;

  private SampleSidecars() {}

  static ClassSidecar saxpy() {
    return ClassSidecar.newBuilder()
        .setSchemaVersion(SidecarFormat.SCHEMA_VERSION)
        .setBinaryName("app.Saxpy")
        .setSourceFile("Saxpy.java")
        .addMethods(MethodHashes.withHash(twice()))
        .addMethods(MethodHashes.withHash(kernel()))
        .addKernels(MethodRef.newBuilder().setOwner("app.Saxpy").setName("saxpy").setDesc("(F[F[F)V"))
        .build();
  }

  static MethodInfo twice() {
    return method("twice", "(F)F", F, 3)
        .addParams(Param.newBuilder().setName("v").setType(F).setSlot(0))
        .setBody(block(3, stmt(3).setReturnStmt(Return.newBuilder().setValue(
            binary(3, F, BinaryOp.MUL, local(3, F, 0), floatLiteral(3, 2f)))).build()))
        .build();
  }

  static MethodInfo kernel() {
    Expr xi = expr(7, F).setArrayAccess(ArrayAccess.newBuilder().setArray(local(7, FA, 1)).setIndex(local(7, I, 3)))
        .build();
    Expr yi = expr(7, F).setArrayAccess(ArrayAccess.newBuilder().setArray(local(7, FA, 2)).setIndex(local(7, I, 3)))
        .build();
    Expr call = expr(7, F).setInvoke(Invoke.newBuilder().setKind(InvokeKind.STATIC).setOwner("app.Saxpy")
        .setName("twice").setDesc("(F)F").addArgs(yi)).build();
    Stmt guarded = stmt(7).setIfStmt(If.newBuilder()
        .setCond(binary(7, Z, BinaryOp.LT, local(7, I, 3),
            expr(7, I).setArrayLength(ArrayLength.newBuilder().setArray(local(7, FA, 1))).build()))
        .setThenStmt(stmt(7).setExpr(ExprStmt.newBuilder().setExpr(expr(7, F).setAssign(Assign.newBuilder()
            .setTarget(yi).setValue(binary(7, F, BinaryOp.ADD, binary(7, F, BinaryOp.MUL, local(7, F, 0), xi), call)))))))
        .build();
    Stmt loop = stmt(8).setForStmt(For.newBuilder()
        .addInit(stmt(8).setLocalVar(LocalVar.newBuilder().setSlot(4).setName("k").setType(I).setInit(intLiteral(8, 0))))
        .setCond(binary(8, Z, BinaryOp.LT, local(8, I, 4), intLiteral(8, 3)))
        .addUpdate(expr(8, I).setIncDec(IncDec.newBuilder().setTarget(local(8, I, 4)).setIncrement(true)
            .setOperationType(I)))
        .setBody(stmt(8).setExpr(ExprStmt.newBuilder().setExpr(expr(8, F).setCompoundAssign(CompoundAssign
            .newBuilder().setOp(BinaryOp.ADD).setTarget(yi).setValue(floatLiteral(8, -0.0f)).setOperationType(F))))))
        .build();
    Stmt choose = stmt(9).setSwitchStmt(Switch.newBuilder().setSelector(local(9, I, 3))
        .addCases(Case.newBuilder().addIntLabels(1).addIntLabels(2)
            .addBody(stmt(9).setExpr(ExprStmt.newBuilder().setExpr(expr(9, F).setAssign(Assign.newBuilder()
                .setTarget(yi).setValue(expr(9, F).setLiteral(Literal.newBuilder().setFloatBits(0x7fc00001)))))))
            .addBody(stmt(9).setBreakStmt(dev.geobacter.metadata.proto.Break.getDefaultInstance())))
        .addCases(Case.newBuilder().setIsDefault(true)))
        .build();
    Stmt widened = stmt(10).setLocalVar(LocalVar.newBuilder().setSlot(5).setName("d").setType(5)
        .setInit(expr(10, 5).setConvert(Convert.newBuilder().setKind(ConversionKind.WIDENING_PRIMITIVE)
            .setOperand(local(10, F, 0)))))
        .build();
    Stmt unsupported = stmt(11).setUnsupported(Unsupported.newBuilder().setKind(UnsupportedKind.ASSERT)
        .setDetail("assert")).build();
    return method("saxpy", "(F[F[F)V", V, 5)
        .addParams(Param.newBuilder().setName("a").setType(F).setSlot(0))
        .addParams(Param.newBuilder().setName("x").setType(FA).setSlot(1))
        .addParams(Param.newBuilder().setName("y").setType(FA).setSlot(2))
        .setBody(block(5,
            stmt(6).setLocalVar(LocalVar.newBuilder().setSlot(3).setName("i").setType(I).setInit(expr(6, I)
                .setInvoke(Invoke.newBuilder().setKind(InvokeKind.STATIC).setOwner("dev.geobacter.Gpu")
                    .setName("globalId").setDesc("(I)I").addArgs(intLiteral(6, 0))))).build(),
            guarded, loop, choose, widened, unsupported))
        .build();
  }

  private static MethodInfo.Builder method(String name, String desc, int returnType, int line) {
    MethodInfo.Builder method = MethodInfo.newBuilder().setOwner("app.Saxpy").setName(name).setDesc(desc)
        .setAccess(0x0008).setReturnType(returnType).setLine(line).setColumn(15);
    for (String type : TYPES) method.addTypes(type);
    return method;
  }

  private static Stmt block(int line, Stmt first, Stmt... rest) {
    Block.Builder block = Block.newBuilder().addStmts(first);
    for (Stmt stmt : rest) block.addStmts(stmt);
    return stmt(line).setBlock(block).build();
  }

  private static Stmt.Builder stmt(int line) {
    return Stmt.newBuilder().setLine(line).setColumn(5);
  }

  private static Expr.Builder expr(int line, int type) {
    return Expr.newBuilder().setLine(line).setColumn(9).setType(type);
  }

  private static Expr local(int line, int type, int slot) {
    return expr(line, type).setLocal(Local.newBuilder().setSlot(slot)).build();
  }

  private static Expr intLiteral(int line, int value) {
    return expr(line, I).setLiteral(Literal.newBuilder().setIntValue(value)).build();
  }

  private static Expr floatLiteral(int line, float value) {
    return expr(line, F).setLiteral(Literal.newBuilder().setFloatBits(Float.floatToRawIntBits(value))).build();
  }

  private static Expr binary(int line, int type, BinaryOp op, Expr left, Expr right) {
    return expr(line, type).setBinary(Binary.newBuilder().setOp(op).setLeft(left).setRight(right)).build();
  }
}
