package dev.geobacter.driver.jvm;

/** Runs the kernel method for the work-item the calling thread is bound to. */
@FunctionalInterface
interface WorkItemRunner {
  void run() throws Throwable;
}
