package dev.geobacter.javac.internal;

import com.sun.source.util.JavacTask;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;

/**
 * The javac services the plugin cannot reach through {@code com.sun.source}: the error log (to
 * report at a line and column and to count errors), the file manager and the tree factory. Every
 * use of {@code com.sun.tools.javac} is confined to this package, so a JDK change breaks one place.
 */
public final class JavacInternals {
  private final Context context;

  private JavacInternals(Context context) {
    this.context = context;
  }

  public static JavacInternals of(JavacTask task) {
    if (!(task instanceof BasicJavacTask basic)) {
      throw new IllegalStateException("the Geobacter plugin runs only inside javac, not in "
          + task.getClass().getName());
    }
    return new JavacInternals(basic.getContext());
  }

  /** Errors javac has reported so far in this compilation, the plugin's own included. */
  public int errorCount() {
    return Log.instance(context).nerrors;
  }

  public PositionedErrors errors() {
    return new PositionedErrors(Log.instance(context));
  }

  public ClassOutput classOutput() {
    return new ClassOutput(context);
  }

  public KernelCallRewriter kernelCallRewriter() {
    return new KernelCallRewriter(context);
  }
}
