package dev.geobacter.cuda.driver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CUDA driver of this process: the library bound and {@code cuInit} called once, the GPUs
 * enumerated. {@link #get()} throws {@link CudaUnavailableException} where there is no driver or
 * no GPU; {@link #unavailableReason()} says why without throwing.
 */
public final class CudaDriver {
  private static final Object LOCK = new Object();
  private static volatile CudaDriver instance;
  private static volatile String failure;

  private final int version;
  private final List<DeviceProperties> devices;

  private CudaDriver(int version, List<DeviceProperties> devices) {
    this.version = version;
    this.devices = List.copyOf(devices);
  }

  /** The initialized driver; throws {@link CudaUnavailableException} with the reason otherwise. */
  public static CudaDriver get() {
    CudaDriver current = instance;
    if (current != null) return current;
    synchronized (LOCK) {
      if (instance == null && failure == null) initialize();
      if (instance == null) throw new CudaUnavailableException(failure);
      return instance;
    }
  }

  /** Why {@link #get()} would throw, or empty when the driver works here. */
  public static Optional<String> unavailableReason() {
    try {
      get();
      return Optional.empty();
    } catch (CudaUnavailableException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static void initialize() {
    Optional<String> problem = CudaLibrary.problem();
    if (problem.isPresent()) {
      failure = problem.get();
      return;
    }
    int result = CudaNative.cuInit(0);
    if (result != CudaError.SUCCESS) {
      failure = "cuInit failed: " + CudaErrors.describe(result);
      return;
    }
    try {
      int[] version = new int[1];
      CudaErrors.check(CudaNative.cuDriverGetVersion(version), "cuDriverGetVersion");
      instance = new CudaDriver(version[0], enumerate());
    } catch (CudaException e) {
      failure = "the driver initialized but enumerating its devices failed: " + e.getMessage();
    }
  }

  private static List<DeviceProperties> enumerate() {
    int[] count = new int[1];
    CudaErrors.check(CudaNative.cuDeviceGetCount(count), "cuDeviceGetCount");
    List<DeviceProperties> found = new ArrayList<>();
    for (int ordinal = 0; ordinal < count[0]; ordinal++) found.add(properties(ordinal));
    return found;
  }

  private static DeviceProperties properties(int ordinal) {
    int[] device = new int[1];
    CudaErrors.check(CudaNative.cuDeviceGet(device, ordinal), "cuDeviceGet(" + ordinal + ")");
    int handle = device[0];
    byte[] name = new byte[256];
    CudaErrors.check(CudaNative.cuDeviceGetName(name, name.length, handle), "cuDeviceGetName(" + ordinal + ")");
    int length = 0;
    while (length < name.length && name[length] != 0) length++;
    long[] memory = new long[1];
    CudaErrors.check(CudaNative.cuDeviceTotalMem_v2(memory, handle), "cuDeviceTotalMem_v2(" + ordinal + ")");
    return new DeviceProperties(ordinal, handle, new String(name, 0, length, StandardCharsets.UTF_8),
        attribute(handle, DeviceAttribute.COMPUTE_CAPABILITY_MAJOR),
        attribute(handle, DeviceAttribute.COMPUTE_CAPABILITY_MINOR),
        attribute(handle, DeviceAttribute.MULTIPROCESSOR_COUNT),
        attribute(handle, DeviceAttribute.MAX_THREADS_PER_BLOCK),
        new Extent(attribute(handle, DeviceAttribute.MAX_BLOCK_DIM_X), attribute(handle, DeviceAttribute.MAX_BLOCK_DIM_Y),
            attribute(handle, DeviceAttribute.MAX_BLOCK_DIM_Z)),
        new Extent(attribute(handle, DeviceAttribute.MAX_GRID_DIM_X), attribute(handle, DeviceAttribute.MAX_GRID_DIM_Y),
            attribute(handle, DeviceAttribute.MAX_GRID_DIM_Z)),
        memory[0]);
  }

  private static int attribute(int device, DeviceAttribute attribute) {
    int[] value = new int[1];
    CudaErrors.check(CudaNative.cuDeviceGetAttribute(value, attribute.code, device),
        "cuDeviceGetAttribute(" + attribute + ", device " + device + ")");
    return value[0];
  }

  /** The driver's CUDA version, e.g. 13000 for 13.0. */
  public int version() {
    return version;
  }

  /** Every GPU, by ordinal. */
  public List<DeviceProperties> devices() {
    return devices;
  }

  /** Retains the primary context of the GPU {@code ordinal}; close it to release it. */
  public CudaContext primaryContext(int ordinal) {
    if (ordinal < 0 || ordinal >= devices.size()) {
      throw new IllegalArgumentException("no CUDA device " + ordinal + "; this machine has " + devices.size());
    }
    return CudaContext.retainPrimary(devices.get(ordinal));
  }
}
