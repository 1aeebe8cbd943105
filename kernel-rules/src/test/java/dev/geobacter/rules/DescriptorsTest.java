package dev.geobacter.rules;

import static dev.geobacter.rules.Trees.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptorsTest {
  @ParameterizedTest
  @CsvSource({
      "I, int", "Z, boolean", "C, char", "J, long", "D, double", "V, void",
      "[F, float[]", "[[F, float[][]", "Ljava/lang/String;, java.lang.String",
      "[Ljava/lang/Integer;, java.lang.Integer[]", "Lpkg/Outer$Inner;, pkg.Outer$Inner"})
  void javaNamesAndDescriptorsRoundTrip(String desc, String javaName) {
    assertEquals(javaName, Descriptors.javaName(desc));
    assertEquals(desc, Descriptors.descriptorOf(javaName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Q", "[", "L;", "Ljava/lang/String", "II", "[V", "Lbad.name;", "(I)V"})
  void malformedFieldDescriptorsAreRejected(String desc) {
    assertFalse(Descriptors.isFieldDescriptor(desc));
    assertThrows(IllegalArgumentException.class, () -> Descriptors.javaName(desc));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "()", "(V)V", "(I", "I)V", "(I)VV", "(I)[V", "()Q", "(Ljava/lang/String)V"})
  void malformedMethodDescriptorsAreRejected(String desc) {
    assertFalse(Descriptors.isMethodDescriptor(desc));
    assertThrows(IllegalArgumentException.class, () -> Descriptors.parameterDescriptors(desc));
  }

  @Test
  void parametersAndReturn() {
    String desc = "(IF[[DLjava/lang/String;[Lpkg/A;J)[F";
    assertTrue(Descriptors.isMethodDescriptor(desc));
    assertEquals(List.of("I", "F", "[[D", "Ljava/lang/String;", "[Lpkg/A;", "J"), Descriptors.parameterDescriptors(desc));
    assertEquals("[F", Descriptors.returnDescriptor(desc));
    assertEquals(List.of(), Descriptors.parameterDescriptors("()V"));
  }

  @Test
  void methodsReadAsJavaAndAsJvm() {
    assertEquals("pkg.Cls.name(float, float[])", Descriptors.describe(ref("pkg.Cls", "name", "(F[F)V")));
    assertEquals("pkg.Cls.name()", Descriptors.describe(ref("pkg.Cls", "name", "()I")));
    assertEquals("pkg.Cls.name(F[F)V", Descriptors.jvmForm(ref("pkg.Cls", "name", "(F[F)V")));
    assertEquals("pkg.Cls.name", Descriptors.qualifiedName(ref("pkg.Cls", "name", "(F[F)V")));
  }

  @Test
  void kernelValueTypes() {
    assertTrue(Descriptors.isKernelValueType("F"));
    assertTrue(Descriptors.isKernelValueType("[B"));
    assertFalse(Descriptors.isKernelValueType("[[B"));
    assertFalse(Descriptors.isKernelValueType("Ljava/lang/Float;"));
    assertFalse(Descriptors.isKernelValueType("V"));
    assertFalse(Descriptors.isKernelValueType("[Ljava/lang/String;"));
  }
}
