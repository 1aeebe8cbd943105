package dev.geobacter.javac;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/** JVM access flags of a method (JVMS 4.6), as the class file will have them. */
final class AccessFlags {
  private AccessFlags() {}

  static int of(ExecutableElement method) {
    int flags = 0;
    for (Modifier modifier : method.getModifiers()) {
      switch (modifier) {
        case PUBLIC: flags |= 0x0001; break;
        case PRIVATE: flags |= 0x0002; break;
        case PROTECTED: flags |= 0x0004; break;
        case STATIC: flags |= 0x0008; break;
        case FINAL: flags |= 0x0010; break;
        case SYNCHRONIZED: flags |= 0x0020; break;
        case NATIVE: flags |= 0x0100; break;
        case ABSTRACT: flags |= 0x0400; break;
        case STRICTFP: flags |= 0x0800; break;
        default: break; // default, sealed, transient, volatile...: no method access flag
      }
    }
    if (method.isVarArgs()) flags |= 0x0080;
    return flags;
  }
}
