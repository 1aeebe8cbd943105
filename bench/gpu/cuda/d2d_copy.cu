// Device-to-device copy bandwidth: cudaMemcpy of 2^28 bytes, event timed, median of 50.
// gb_s counts bytes read plus bytes written (2 x 2^28 per copy), like the kernels' figures.
#include "bench_common.cuh"

int main() {
  const size_t bytes = size_t{1} << 28;
  const size_t count = bytes / sizeof(float);
  auto src = bench::uniform(count, -1.f, 1.f);
  float* dsrc = bench::to_device(src);
  float* ddst = bench::alloc_device<float>(count);

  double ms = bench::median_kernel_ms(
      [&] { CUDA_CHECK(cudaMemcpyAsync(ddst, dsrc, bytes, cudaMemcpyDeviceToDevice)); });

  auto dst = bench::to_host(ddst, count);
  bool ok = std::memcmp(dst.data(), src.data(), bytes) == 0;
  if (!ok) std::fprintf(stderr, "d2d_copy: the copy differs from its source\n");
  return bench::report("d2d_copy", ms, ok, "gb_s", 2.0 * bytes / (ms * 1e6));
}
