package dev.geobacter.cuda.launch;

import com.sun.jna.Memory;
import dev.geobacter.codegen.JavaType;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.DeviceBuffer;
import dev.geobacter.spi.ResidentMemory;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java arrays kept in one GPU's memory: allocated and uploaded when made, registered with the
 * GPU's {@link ResidentBuffers} so launches use them in place. Every copy first waits for all
 * work queued on the context (launches run on streams that do not wait for these copies), and an
 * upload waits for its copy to land before returning.
 */
final class CudaResidentMemory implements ResidentMemory {
  private final CudaContext context;
  private final ResidentBuffers registry;
  private final Map<Object, ResidentBuffer> buffers;

  private CudaResidentMemory(CudaContext context, ResidentBuffers registry, Map<Object, ResidentBuffer> buffers) {
    this.context = context;
    this.registry = registry;
    this.buffers = buffers;
  }

  /** Allocates and uploads every array; on failure (say, out of device memory) frees what it allocated. */
  static CudaResidentMemory keep(CudaContext context, ResidentBuffers registry, List<Object> arrays) {
    Map<Object, ResidentBuffer> buffers = new IdentityHashMap<>();
    try {
      for (Object array : arrays) {
        // The driver has checked that each is a one-dimensional primitive array.
        JavaType.Kind element = JavaType.of(array.getClass().descriptorString()).elementKind();
        long bytes = ArrayCopies.bytes(element, array);
        buffers.put(array, new ResidentBuffer(array, element, bytes, bytes == 0 ? null : context.allocate(bytes)));
      }
      CudaResidentMemory memory = new CudaResidentMemory(context, registry, buffers);
      for (ResidentBuffer buffer : buffers.values()) memory.copyIn(buffer);
      context.synchronize();
      registry.addAll(buffers.values());
      return memory;
    } catch (RuntimeException | Error e) {
      for (ResidentBuffer buffer : buffers.values()) if (buffer.buffer != null) buffer.buffer.close();
      throw e;
    }
  }

  @Override
  public void upload(Object array) {
    context.synchronize();
    copyIn(buffers.get(array));
    context.synchronize();
  }

  @Override
  public void download(Object array) {
    context.synchronize();
    copyOut(buffers.get(array));
  }

  @Override
  public void release() {
    List<ResidentBuffer> all = new ArrayList<>(buffers.values());
    registry.removeAll(all); // later launches copy the arrays again
    try {
      context.synchronize();
      for (ResidentBuffer buffer : all) if (buffer.written) copyOut(buffer);
    } finally {
      for (ResidentBuffer buffer : all) if (buffer.buffer != null) buffer.buffer.close();
    }
  }

  private void copyIn(ResidentBuffer resident) {
    if (resident.bytes == 0) return;
    try (Memory host = new Memory(resident.bytes)) {
      ArrayCopies.toNative(resident.element, resident.array, host, 0);
      resident.buffer.copyFromHost(host, resident.bytes);
    }
  }

  private void copyOut(ResidentBuffer resident) {
    resident.written = false;
    if (resident.bytes == 0) return;
    DeviceBuffer device = resident.buffer;
    try (Memory host = new Memory(resident.bytes)) {
      device.copyToHost(host, resident.bytes);
      ArrayCopies.toJava(resident.element, host, 0, resident.array);
    }
  }
}
