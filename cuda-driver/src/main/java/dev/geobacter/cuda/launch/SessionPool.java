package dev.geobacter.cuda.launch;

import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.ptx.KernelParameterLayout;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The idle {@link LaunchSession}s of one kernel. A launch takes one (or makes one) and gives it
 * back only when it has finished, so buffers in flight are never reused. After a burst of
 * asynchronous launches the pool keeps at most {@link #MAX_IDLE} sessions and frees the rest.
 */
final class SessionPool {
  static final int MAX_IDLE = 8;

  private final CudaContext context;
  private final KernelParameterLayout layout;
  private final ConcurrentLinkedQueue<LaunchSession> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();

  SessionPool(CudaContext context, KernelParameterLayout layout) {
    this.context = context;
    this.layout = layout;
  }

  LaunchSession take() {
    LaunchSession session = idle.poll();
    if (session == null) return new LaunchSession(context, layout);
    idleCount.decrementAndGet();
    return session;
  }

  void give(LaunchSession session) {
    if (idleCount.incrementAndGet() > MAX_IDLE) {
      idleCount.decrementAndGet();
      session.close();
      return;
    }
    idle.offer(session);
  }
}
