package dev.geobacter.cuda.ptx;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * PTX identifiers allow letters, digits, {@code _} and {@code $} only, while lowered functions are
 * named after their Java method ({@code Saxpy.saxpy(F[F[F)V}). Every defined function except the
 * kernel entry is renamed before code generation to {@code f<n>_<readable part>}.
 */
final class PtxNames {
  private PtxNames() {}

  static void sanitize(LLVMModuleRef module, String entrySymbol) {
    int counter = 0;
    for (LLVMValueRef function = LLVMGetFirstFunction(module); function != null && !function.isNull();
        function = LLVMGetNextFunction(function)) {
      if (LLVMIsDeclaration(function) != 0) continue;
      String name = LLVMGetValueName(function).getString();
      if (name.equals(entrySymbol) || isValid(name)) continue;
      LLVMSetValueName2(function, valid(name, counter), valid(name, counter).length());
      counter++;
    }
  }

  /** A PTX identifier for {@code name}, unique by its number. */
  static String valid(String name, int number) {
    String readable = name.replaceAll("\\(.*", "").replaceAll("[^A-Za-z0-9_$]", "_");
    return "f" + number + "_" + readable;
  }

  static boolean isValid(String name) {
    return name.matches("[A-Za-z_$][A-Za-z0-9_$]*");
  }
}
