/**
 * The service interface between the driver and the devices it runs kernels on.
 *
 * <p>A backend module implements {@link dev.geobacter.spi.Backend} (found with
 * {@link java.util.ServiceLoader}), which offers {@link dev.geobacter.spi.BackendDevice}s. On the first
 * launch of a kernel on a device, the driver respools and validates the kernel into a
 * {@link dev.geobacter.spi.KernelGraph} (every reachable method's typed tree, its source file and
 * origin, the calls between them and a hash of it all), asks the device once per
 * {@link dev.geobacter.KernelOptions} value to {@linkplain dev.geobacter.spi.BackendDevice#prepare
 * prepare} it, caches the
 * {@link dev.geobacter.spi.PreparedKernel} and launches it with the checked arguments, synchronously
 * or asynchronously ({@link dev.geobacter.spi.PreparedKernel#launchAsync}, by default on a pool
 * thread in each calling thread's order, {@link dev.geobacter.spi.LaunchOrder}). A device with memory
 * of its own keeps resident arrays through {@link dev.geobacter.spi.BackendDevice#keepResident}; the
 * driver checks which arrays are resident where. The driver
 * depends on no backend; backends depend on this package and on the metadata schema.
 */
package dev.geobacter.spi;
