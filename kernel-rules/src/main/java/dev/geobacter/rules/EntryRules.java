package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodInfo;
import java.util.List;

/**
 * Rules GB140–GB142: the kernel method's signature. A kernel is a static void method whose
 * parameters are primitives or 1-D primitive arrays, the values a launch can pass to any device.
 */
final class EntryRules {
  static final int ACC_STATIC = 0x0008;

  private EntryRules() {}

  static void check(MethodScope scope) {
    MethodInfo method = scope.method();
    String kernel = Descriptors.qualifiedName(scope.ref());
    int line = (int) method.getLine();
    int column = (int) method.getColumn();
    if ((method.getAccess() & ACC_STATIC) == 0) {
      scope.report(Rule.KERNEL_NOT_STATIC, "kernel " + kernel + " is an instance method; kernels are static"
          + " methods: declare it static and pass what it needs as parameters", line, column);
    }
    String desc = scope.ref().getDesc();
    if (!Descriptors.isMethodDescriptor(desc)) {
      scope.reportMalformed("descriptor '" + desc + "'", line, column);
      return;
    }
    String returns = Descriptors.returnDescriptor(desc);
    if (!"V".equals(returns)) {
      scope.report(Rule.KERNEL_RETURNS_VALUE, "kernel " + kernel + " returns " + Descriptors.javaName(returns)
          + "; kernels return void and write their results into array parameters", line, column);
    }
    List<String> params = Descriptors.parameterDescriptors(desc);
    for (int i = 0; i < params.size(); i++) {
      if (Descriptors.isKernelValueType(params.get(i))) continue;
      scope.report(Rule.KERNEL_PARAMETER, "parameter '" + parameterName(method, i) + "' of kernel " + kernel
          + " has type " + Descriptors.javaName(params.get(i)) + "; kernels take primitives and 1-D primitive"
          + " arrays", line, column);
    }
  }

  private static String parameterName(MethodInfo method, int index) {
    return index < method.getParamsCount() && !method.getParams(index).getName().isEmpty()
        ? method.getParams(index).getName() : "#" + (index + 1);
  }
}
