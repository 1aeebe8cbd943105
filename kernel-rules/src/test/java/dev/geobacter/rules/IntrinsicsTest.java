package dev.geobacter.rules;

import static dev.geobacter.rules.Trees.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Gpu;
import dev.geobacter.metadata.proto.MethodRef;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IntrinsicsTest {
  @Test
  void everyListedMethodExistsInThePlatformAsPublicStaticWithThatDescriptor() throws Exception {
    List<String> absent = new ArrayList<>();
    for (MethodRef intrinsic : Intrinsics.all()) {
      Class<?> owner = Class.forName(intrinsic.getOwner());
      boolean found = false;
      for (Method method : owner.getMethods()) {
        found |= method.getName().equals(intrinsic.getName()) && Modifier.isStatic(method.getModifiers())
            && descriptor(method).equals(intrinsic.getDesc());
      }
      if (!found) absent.add(Descriptors.jvmForm(intrinsic));
    }
    assertEquals(List.of(), absent);
  }

  @Test
  void everyPublicStaticGpuMethodIsAnIntrinsic() {
    Set<String> gpu = new TreeSet<>();
    for (Method method : Gpu.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
        gpu.add(method.getName() + descriptor(method));
      }
    }
    Set<String> listed = new TreeSet<>();
    for (MethodRef intrinsic : Intrinsics.all()) {
      if (intrinsic.getOwner().equals(Gpu.class.getName())) listed.add(intrinsic.getName() + intrinsic.getDesc());
    }
    assertEquals(gpu, listed);
  }

  @Test
  void theListHasNoDuplicatesAndCoversTheDocumentedNames() {
    assertEquals(Intrinsics.all().size(), new HashSet<>(Intrinsics.all()).size());
    Set<String> names = new HashSet<>();
    for (MethodRef intrinsic : Intrinsics.all()) names.add(Descriptors.qualifiedName(intrinsic));
    for (String name : List.of("java.lang.Math.fma", "java.lang.Math.hypot", "java.lang.StrictMath.ulp",
        "java.lang.Float.floatToRawIntBits", "java.lang.Double.isFinite", "java.lang.Integer.toUnsignedLong",
        "java.lang.Long.remainderUnsigned", "java.lang.Integer.rotateLeft", "dev.geobacter.Gpu.barrier")) {
      assertTrue(names.contains(name), name);
    }
  }

  @Test
  void matchingIsExactOnOwnerNameAndDescriptor() {
    assertTrue(Intrinsics.isIntrinsic(ref("java.lang.Math", "sqrt", "(D)D")));
    assertTrue(Intrinsics.isIntrinsic(ref("java.lang.Math", "round", "(F)I")));
    assertTrue(Intrinsics.isIntrinsic(ref("java.lang.Math", "abs", "(J)J")));
    assertFalse(Intrinsics.isIntrinsic(ref("java.lang.Math", "sqrt", "(F)F")), "no float overload exists");
    assertTrue(Intrinsics.isIntrinsic(ref("java.lang.StrictMath", "floorDiv", "(II)I")));
    assertFalse(Intrinsics.isIntrinsic(ref("java.lang.Math", "floorDiv", "(JI)J")), "not on the list");
    assertFalse(Intrinsics.isIntrinsic(ref("java.lang.Math", "multiplyExact", "(II)I")), "not on the list");
    assertFalse(Intrinsics.isIntrinsic(ref("java.lang.Math", "random", "()D")));
    assertFalse(Intrinsics.isIntrinsic(ref("app.Math", "sqrt", "(D)D")));
    assertFalse(Intrinsics.isIntrinsic(ref("java.lang.String", "valueOf", "(I)Ljava/lang/String;")));
    assertTrue(Intrinsics.takesDimension(ref(Intrinsics.GPU, "globalId", "(I)I")));
    assertFalse(Intrinsics.takesDimension(ref(Intrinsics.GPU, "barrier", "()V")));
    assertFalse(Intrinsics.takesDimension(ref("java.lang.Integer", "bitCount", "(I)I")));
  }

  @Test
  void strictMathOffersExactlyTheMethodsJavaDefinesExactly() {
    Set<String> strict = new TreeSet<>();
    Set<String> math = new TreeSet<>();
    for (MethodRef intrinsic : Intrinsics.all()) {
      String signature = intrinsic.getName() + intrinsic.getDesc();
      if (intrinsic.getOwner().equals("java.lang.StrictMath")) strict.add(signature);
      if (intrinsic.getOwner().equals("java.lang.Math")) math.add(signature);
    }
    Set<String> approximate = new TreeSet<>(math);
    approximate.removeAll(strict);
    assertEquals(new TreeSet<>(List.of("acos(D)D", "asin(D)D", "atan(D)D", "atan2(DD)D", "cbrt(D)D", "cos(D)D",
        "cosh(D)D", "exp(D)D", "expm1(D)D", "hypot(DD)D", "log(D)D", "log10(D)D", "log1p(D)D", "pow(DD)D",
        "sin(D)D", "sinh(D)D", "tan(D)D", "tanh(D)D")), approximate);
    assertTrue(math.containsAll(strict), "every StrictMath intrinsic has its Math twin");
    assertTrue(strict.containsAll(List.of("sqrt(D)D", "fma(DDD)D", "ulp(F)F", "toRadians(D)D", "copySign(DD)D",
        "round(F)I", "floorMod(JJ)J")), strict.toString());
  }

  @Test
  void mathFormIsOfferedForTheRefusedStrictMathMethodsOnly() {
    for (String name : List.of("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "expm1",
        "log", "log10", "log1p", "cbrt")) {
      MethodRef strict = ref("java.lang.StrictMath", name, "(D)D");
      assertFalse(Intrinsics.isIntrinsic(strict), name);
      assertEquals(Optional.of(ref("java.lang.Math", name, "(D)D")), Intrinsics.mathFormOf(strict), name);
      assertTrue(Intrinsics.isIntrinsic(Intrinsics.mathFormOf(strict).orElseThrow()), name);
    }
    for (String name : List.of("atan2", "pow", "hypot")) {
      assertEquals(Optional.of(ref("java.lang.Math", name, "(DD)D")),
          Intrinsics.mathFormOf(ref("java.lang.StrictMath", name, "(DD)D")), name);
    }
    assertEquals(Optional.empty(), Intrinsics.mathFormOf(ref("java.lang.StrictMath", "sqrt", "(D)D")));
    assertEquals(Optional.empty(), Intrinsics.mathFormOf(ref("java.lang.Math", "sin", "(D)D")));
    assertEquals(Optional.empty(), Intrinsics.mathFormOf(ref("java.lang.StrictMath", "sin", "(F)F")));
    assertEquals(Optional.empty(), Intrinsics.mathFormOf(ref("java.lang.StrictMath", "random", "()D")));
  }

  @Test
  void unknownFieldsOfAParsedRefDoNotDefeatMatching() throws Exception {
    MethodRef parsed = MethodRef.parseFrom(ref("java.lang.Math", "sin", "(D)D").toByteString()
        .concat(com.google.protobuf.ByteString.copyFrom(new byte[] {(byte) 0xF8, 0x01, 0x01})));
    assertTrue(Intrinsics.isIntrinsic(parsed));
  }

  private static String descriptor(Method method) {
    StringBuilder desc = new StringBuilder("(");
    for (Class<?> param : method.getParameterTypes()) desc.append(Descriptors.descriptorOf(param.getTypeName()));
    return desc.append(')').append(Descriptors.descriptorOf(method.getReturnType().getTypeName())).toString();
  }
}
