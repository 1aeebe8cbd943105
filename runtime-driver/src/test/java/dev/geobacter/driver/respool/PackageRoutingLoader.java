package dev.geobacter.driver.respool;

/**
 * A class loader that sends one package to a given loader and everything else to its parent, as
 * module systems do: a class it routes can see more than this loader can (here, {@code lib}'s loader
 * sees {@code lib2}, which this loader cannot load).
 */
final class PackageRoutingLoader extends ClassLoader {
  private final String packagePrefix;
  private final ClassLoader target;

  PackageRoutingLoader(String packageName, ClassLoader target, ClassLoader parent) {
    super("routing", parent);
    this.packagePrefix = packageName + ".";
    this.target = target;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith(packagePrefix)) return target.loadClass(name);
    return super.loadClass(name, resolve);
  }
}
