package dev.geobacter.cuda.launch;

import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.CudaStream;
import dev.geobacter.spi.ResidentMemory;
import java.util.List;

/**
 * What every launch on one GPU shares: each launching thread's stream (so one thread's launches,
 * synchronous and asynchronous, of any kernel run in order), the resident arrays, and the thread
 * that finishes asynchronous launches.
 */
public final class DeviceLaunches {
  private final CudaContext context;
  private final ResidentBuffers residents = new ResidentBuffers();
  private final Completions completions;
  private final ThreadLocal<CudaStream> streams;

  public DeviceLaunches(CudaContext context) {
    this.context = context;
    this.completions = new Completions("cuda:" + context.device().ordinal());
    this.streams = ThreadLocal.withInitial(context::createStream);
  }

  public CudaContext context() {
    return context;
  }

  /** Copies {@code arrays} to the GPU, where launches use them in place until the result is released. */
  public ResidentMemory keepResident(List<Object> arrays) {
    return CudaResidentMemory.keep(context, residents, arrays);
  }

  /** The calling thread's stream; the context must be current. */
  CudaStream stream() {
    return streams.get();
  }

  ResidentBuffers residents() {
    return residents;
  }

  Completions completions() {
    return completions;
  }
}
