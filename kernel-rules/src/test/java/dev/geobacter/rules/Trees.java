package dev.geobacter.rules;

import dev.geobacter.metadata.proto.Assign;
import dev.geobacter.metadata.proto.Binary;
import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.Block;
import dev.geobacter.metadata.proto.ConversionKind;
import dev.geobacter.metadata.proto.Convert;
import dev.geobacter.metadata.proto.ArrayAccess;
import dev.geobacter.metadata.proto.ArrayLength;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.ExprStmt;
import dev.geobacter.metadata.proto.FieldAccess;
import dev.geobacter.metadata.proto.If;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.InvokeKind;
import dev.geobacter.metadata.proto.Literal;
import dev.geobacter.metadata.proto.Local;
import dev.geobacter.metadata.proto.LocalVar;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.metadata.proto.NewArray;
import dev.geobacter.metadata.proto.Param;
import dev.geobacter.metadata.proto.Return;
import dev.geobacter.metadata.proto.Stmt;
import dev.geobacter.metadata.proto.Unsupported;
import dev.geobacter.metadata.proto.UnsupportedKind;
import dev.geobacter.metadata.proto.While;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small language for typed trees in tests, so a test reads like the Java it stands for:
 *
 * <pre>
 * method("app.K", "k", "(F[F)V", "a", "x").body(
 *     line(12, declare("i", "I", call(Intrinsics.GPU, "globalId", "(I)I", i(0)))),
 *     expr(assign(index(var("x"), var("i")), var("a"))));
 * </pre>
 *
 * Types are JVM descriptors, interned into the method's type table as nodes are built. Statements
 * without {@link #line} sit on the line after the previous one; expressions take their statement's
 * line and column {@value #EXPR_COLUMN} unless {@link #at} says otherwise.
 */
final class Trees {
  static final int STMT_COLUMN = 5;
  static final int EXPR_COLUMN = 9;

  private Trees() {}

  /** Something that becomes an {@link Expr} once the method's type table and locals are known. */
  @FunctionalInterface
  interface E {
    Expr build(Context c);
  }

  /** Something that becomes a {@link Stmt}. */
  @FunctionalInterface
  interface S {
    Stmt build(Context c);
  }

  /** The method being built: its type table, its locals by name, the current line. */
  static final class Context {
    final List<String> types = new ArrayList<>();
    final Map<String, Integer> slots = new HashMap<>();
    final Map<String, String> localTypes = new HashMap<>();
    int nextSlot;
    int line;

    int type(String desc) {
      int index = types.indexOf(desc);
      if (index >= 0) return index;
      types.add(desc);
      return types.size() - 1;
    }

    String typeOf(Expr e) {
      return types.get(e.getType());
    }

    int declare(String name, String desc) {
      slots.put(name, nextSlot);
      localTypes.put(name, desc);
      return nextSlot++;
    }

    Expr.Builder expr(String desc) {
      return Expr.newBuilder().setType(type(desc)).setLine(line).setColumn(EXPR_COLUMN);
    }
  }

  // ------------------------------------------------------------------ methods

  static MethodBuilder method(String owner, String name, String desc, String... paramNames) {
    return new MethodBuilder(owner, name, desc, paramNames);
  }

  static MethodRef ref(String owner, String name, String desc) {
    return Descriptors.methodRef(owner, name, desc);
  }

  static MethodRef ref(MethodInfo method) {
    return ref(method.getOwner(), method.getName(), method.getDesc());
  }

  static final class MethodBuilder {
    private final String owner;
    private final String name;
    private final String desc;
    private final String[] paramNames;
    private int access = EntryRules.ACC_STATIC;
    private int line = 10;

    private MethodBuilder(String owner, String name, String desc, String[] paramNames) {
      this.owner = owner;
      this.name = name;
      this.desc = desc;
      this.paramNames = paramNames;
    }

    MethodBuilder instance() {
      access = 0;
      return this;
    }

    /** The declaration's line; statements follow on the lines after it. */
    MethodBuilder at(int line) {
      this.line = line;
      return this;
    }

    MethodInfo body(S... stmts) {
      Context c = new Context();
      MethodInfo.Builder method = MethodInfo.newBuilder().setOwner(owner).setName(name).setDesc(desc)
          .setAccess(access).setLine(line).setColumn(3);
      List<String> params = Descriptors.parameterDescriptors(desc);
      for (int i = 0; i < params.size(); i++) {
        String paramName = i < paramNames.length ? paramNames[i] : "p" + i;
        int type = c.type(params.get(i));
        method.addParams(Param.newBuilder().setName(paramName).setType(type).setSlot(c.declare(paramName, params.get(i))));
      }
      method.setReturnType(c.type(Descriptors.returnDescriptor(desc)));
      c.line = line;
      Block.Builder block = Block.newBuilder();
      for (S stmt : stmts) {
        c.line++;
        block.addStmts(stmt.build(c));
      }
      Stmt body = Stmt.newBuilder().setLine(line).setColumn(STMT_COLUMN).setBlock(block).build();
      return method.setBody(body).addAllTypes(c.types).build();
    }
  }

  // ------------------------------------------------------------------ statements

  /** Puts {@code stmt} (and the statements after it) on {@code line}. */
  static S line(int line, S stmt) {
    return c -> {
      c.line = line;
      return stmt.build(c);
    };
  }

  private static Stmt.Builder stmt(Context c) {
    return Stmt.newBuilder().setLine(c.line).setColumn(STMT_COLUMN);
  }

  static S declare(String name, String desc, E init) {
    return c -> {
      Expr value = init.build(c);
      int slot = c.declare(name, desc);
      return stmt(c).setLocalVar(LocalVar.newBuilder().setSlot(slot).setName(name).setType(c.type(desc))
          .setInit(value)).build();
    };
  }

  static S declare(String name, String desc) {
    return c -> {
      int slot = c.declare(name, desc);
      return stmt(c).setLocalVar(LocalVar.newBuilder().setSlot(slot).setName(name).setType(c.type(desc))).build();
    };
  }

  static S expr(E e) {
    return c -> stmt(c).setExpr(ExprStmt.newBuilder().setExpr(e.build(c))).build();
  }

  static S ifThen(E cond, S then) {
    return c -> stmt(c).setIfStmt(If.newBuilder().setCond(cond.build(c)).setThenStmt(then.build(c))).build();
  }

  static S loop(E cond, S body) {
    return c -> stmt(c).setWhileStmt(While.newBuilder().setCond(cond.build(c)).setBody(body.build(c))).build();
  }

  static S block(S... stmts) {
    return c -> {
      Block.Builder block = Block.newBuilder();
      for (S stmt : stmts) block.addStmts(stmt.build(c));
      return stmt(c).setBlock(block).build();
    };
  }

  static S ret(E value) {
    return c -> stmt(c).setReturnStmt(Return.newBuilder().setValue(value.build(c))).build();
  }

  static S unsupportedStmt(UnsupportedKind kind, String detail) {
    return c -> stmt(c).setUnsupported(Unsupported.newBuilder().setKind(kind).setDetail(detail)).build();
  }

  /** A statement exactly as given, for trees the builders here would never make. */
  static S raw(Stmt stmt) {
    return c -> stmt;
  }

  // ------------------------------------------------------------------ expressions

  /** {@code e} at column {@code column}. */
  static E at(int column, E e) {
    return c -> e.build(c).toBuilder().setColumn(column).build();
  }

  static E i(int value) {
    return c -> c.expr("I").setLiteral(Literal.newBuilder().setIntValue(value)).build();
  }

  static E f(float value) {
    return c -> c.expr("F").setLiteral(Literal.newBuilder().setFloatBits(Float.floatToRawIntBits(value))).build();
  }

  static E str(String value) {
    return c -> c.expr(ValueRules.STRING).setLiteral(Literal.newBuilder().setStringValue(value)).build();
  }

  static E nul(String desc) {
    return c -> c.expr(desc).setLiteral(Literal.newBuilder().setNullValue(true)).build();
  }

  static E var(String name) {
    return c -> {
      Integer slot = c.slots.get(name);
      if (slot == null) throw new IllegalArgumentException("no local named " + name);
      return c.expr(c.localTypes.get(name)).setLocal(Local.newBuilder().setSlot(slot)).build();
    };
  }

  static E binary(BinaryOp op, String desc, E left, E right) {
    return c -> c.expr(desc).setBinary(Binary.newBuilder().setOp(op).setLeft(left.build(c)).setRight(right.build(c)))
        .build();
  }

  /** {@code left op right} with the type of the left operand. */
  static E binary(BinaryOp op, E left, E right) {
    return c -> {
      Expr l = left.build(c);
      return c.expr(c.typeOf(l)).setBinary(Binary.newBuilder().setOp(op).setLeft(l).setRight(right.build(c))).build();
    };
  }

  static E lt(E left, E right) {
    return binary(BinaryOp.LT, "Z", left, right);
  }

  static E convert(ConversionKind kind, String desc, E operand) {
    return c -> c.expr(desc).setConvert(Convert.newBuilder().setKind(kind).setOperand(operand.build(c))).build();
  }

  static E index(E array, E index) {
    return c -> {
      Expr a = array.build(c);
      return c.expr(c.typeOf(a).substring(1))
          .setArrayAccess(ArrayAccess.newBuilder().setArray(a).setIndex(index.build(c))).build();
    };
  }

  static E length(E array) {
    return c -> c.expr("I").setArrayLength(ArrayLength.newBuilder().setArray(array.build(c))).build();
  }

  static E assign(E target, E value) {
    return c -> {
      Expr t = target.build(c);
      return c.expr(c.typeOf(t)).setAssign(Assign.newBuilder().setTarget(t).setValue(value.build(c))).build();
    };
  }

  static E staticField(String owner, String name, String desc) {
    return c -> c.expr(desc).setField(FieldAccess.newBuilder().setOwner(owner).setName(name).setDesc(desc)
        .setIsStatic(true)).build();
  }

  static E field(E receiver, String owner, String name, String desc) {
    return c -> c.expr(desc).setField(FieldAccess.newBuilder().setOwner(owner).setName(name).setDesc(desc)
        .setReceiver(receiver.build(c))).build();
  }

  static E call(String owner, String name, String desc, E... args) {
    return invoke(InvokeKind.STATIC, null, owner, name, desc, args);
  }

  static E call(MethodInfo callee, E... args) {
    return call(callee.getOwner(), callee.getName(), callee.getDesc(), args);
  }

  static E invoke(InvokeKind kind, E receiver, String owner, String name, String desc, E... args) {
    return c -> {
      Invoke.Builder invoke = Invoke.newBuilder().setKind(kind).setOwner(owner).setName(name).setDesc(desc);
      if (receiver != null) invoke.setReceiver(receiver.build(c));
      for (E arg : args) invoke.addArgs(arg.build(c));
      return c.expr(Descriptors.returnDescriptor(desc)).setInvoke(invoke).build();
    };
  }

  static E globalId(E dimension) {
    return call(Intrinsics.GPU, "globalId", "(I)I", dimension);
  }

  static E newArray(String desc, E... dims) {
    return c -> {
      NewArray.Builder array = NewArray.newBuilder();
      for (E dim : dims) array.addDims(dim.build(c));
      return c.expr(desc).setNewArray(array).build();
    };
  }

  static E unsupported(UnsupportedKind kind, String detail) {
    return c -> c.expr("I").setUnsupported(Unsupported.newBuilder().setKind(kind).setDetail(detail)).build();
  }

  /** An expression exactly as given (its type index is not interned), for malformed trees. */
  static E raw(Expr expr) {
    return c -> expr;
  }
}
