package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geobacter.Device;
import dev.geobacter.cuda.driver.CudaDriver;
import dev.geobacter.cuda.driver.CudaLibrary;
import dev.geobacter.cuda.driver.CudaUnavailableException;
import dev.geobacter.spi.Backend;
import dev.geobacter.spi.BackendDevice;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The backend as the driver finds it, and what it says on a machine without the NVIDIA driver. */
class CudaBackendTest {
  @Test
  void isFoundByServiceLoaderAboveHostAndJvm() {
    List<Backend> backends = ServiceLoader.load(Backend.class).stream().map(ServiceLoader.Provider::get).toList();
    Backend cuda = backends.stream().filter(b -> b.name().equals("cuda")).findFirst().orElseThrow();
    assertTrue(cuda instanceof CudaBackend);
    for (Backend other : backends) {
      if (other.name().equals("host") || other.name().equals("jvm")) {
        assertTrue(cuda.priority() > other.priority(), "cuda must be preferred over " + other.name());
      }
    }
  }

  @Test
  void withoutLibcudaItIsUnavailableWithTheReason() {
    assumeFalse(CudaLibrary.isLoaded(), "libcuda.so.1 is installed here: the no-driver case cannot be tested");
    var availability = new CudaBackend().availability();
    assertFalse(availability.isAvailable());
    assertEquals("libcuda.so.1 not found (no NVIDIA driver)", availability.reason());
    CudaUnavailableException error = assertThrows(CudaUnavailableException.class, CudaDriver::get);
    assertEquals("libcuda.so.1 not found (no NVIDIA driver)", error.getMessage());
  }

  @Test
  void withoutLibcudaDevicesMoveOnAndNamingCudaExplainsWhy() {
    assumeFalse(CudaLibrary.isLoaded(), "libcuda.so.1 is installed here: the no-driver case cannot be tested");
    try (Device best = Device.best()) {
      assertFalse(best.name().startsWith("cuda"), best.name());
    }
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Device.byName("cuda:0"));
    assertTrue(error.getMessage().contains("cuda (libcuda.so.1 not found (no NVIDIA driver))"), error.getMessage());
  }

  @Test
  void devicesAreNamedByOrdinal() {
    CudaBackend backend = new CudaBackend();
    assumeTrue(backend.availability().isAvailable(), "no GPU here: " + backend.availability().reason());
    List<BackendDevice> devices = backend.devices();
    for (int i = 0; i < devices.size(); i++) assertEquals("cuda:" + i, devices.get(i).name());
  }
}
