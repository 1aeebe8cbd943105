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
    for (String name : List.of("java.lang.Math.fma", "java.lang.StrictMath.hypot", "java.lang.Math.ulp",
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
    assertFalse(Intrinsics.isIntrinsic(ref("java.lang.Math", "floorDiv", "(II)I")), "not on the list");
    assertFalse(Intrinsics.isIntrinsic(ref("java.lang.Math", "random", "()D")));
    assertFalse(Intrinsics.isIntrinsic(ref("app.Math", "sqrt", "(D)D")));
    assertFalse(Intrinsics.isIntrinsic(ref("java.lang.String", "valueOf", "(I)Ljava/lang/String;")));
    assertTrue(Intrinsics.takesDimension(ref(Intrinsics.GPU, "globalId", "(I)I")));
    assertFalse(Intrinsics.takesDimension(ref(Intrinsics.GPU, "barrier", "()V")));
    assertFalse(Intrinsics.takesDimension(ref("java.lang.Integer", "bitCount", "(I)I")));
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
