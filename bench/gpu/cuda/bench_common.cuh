// Shared by the CUDA C++ baselines: error checks, fresh random inputs, event timing, result checks
// and the one-line report every program prints:
//   kernel=<name> impl=<cuda|cuda_exact> median_ms=<x> check=<ok|FAIL> [extra=value ...]
#pragma once

#include <cuda_runtime.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

// Built twice by run.sh: with nvcc's defaults (FMA contraction on: impl=cuda, checks within a
// tolerance) and with --fmad=false -DBENCH_EXACT (Java's semantics: impl=cuda_exact, checks bit for bit).
#ifdef BENCH_EXACT
#define BENCH_IMPL "cuda_exact"
constexpr bool kExact = true;
#else
#define BENCH_IMPL "cuda"
constexpr bool kExact = false;
#endif

#define CUDA_CHECK(call)                                                                          \
  do {                                                                                            \
    cudaError_t err_ = (call);                                                                    \
    if (err_ != cudaSuccess) {                                                                    \
      std::fprintf(stderr, "%s:%d: %s failed: %s\n", __FILE__, __LINE__, #call, cudaGetErrorString(err_)); \
      std::exit(2);                                                                               \
    }                                                                                             \
  } while (0)

namespace bench {

constexpr int kWarmupRuns = 5;
constexpr int kTimedRuns = 50;

// Fresh inputs each run; BENCH_SEED=<n> repeats a run. The seed goes to stderr.
inline std::mt19937_64& rng() {
  static std::mt19937_64 engine = [] {
    const char* fixed = std::getenv("BENCH_SEED");
    uint64_t seed = fixed ? std::strtoull(fixed, nullptr, 10) : std::random_device{}();
    std::fprintf(stderr, "seed=%llu\n", static_cast<unsigned long long>(seed));
    return std::mt19937_64(seed);
  }();
  return engine;
}

inline std::vector<float> uniform(size_t n, float low, float high) {
  std::uniform_real_distribution<float> dist(low, high);
  std::vector<float> values(n);
  for (auto& v : values) v = dist(rng());
  return values;
}

template <typename T>
T* to_device(const std::vector<T>& host) {
  T* device = nullptr;
  CUDA_CHECK(cudaMalloc(&device, host.size() * sizeof(T)));
  CUDA_CHECK(cudaMemcpy(device, host.data(), host.size() * sizeof(T), cudaMemcpyHostToDevice));
  return device;
}

template <typename T>
T* alloc_device(size_t n) {
  T* device = nullptr;
  CUDA_CHECK(cudaMalloc(&device, n * sizeof(T)));
  CUDA_CHECK(cudaMemset(device, 0xff, n * sizeof(T)));  // NaN / -1: an unwritten result fails its check
  return device;
}

template <typename T>
std::vector<T> to_host(const T* device, size_t n) {
  std::vector<T> host(n);
  CUDA_CHECK(cudaMemcpy(host.data(), device, n * sizeof(T), cudaMemcpyDeviceToHost));
  return host;
}

inline double median(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  size_t mid = samples.size() / 2;
  return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
}

// Keeps the GPU busy for about `micros` microseconds without touching memory.
__global__ void spin(int micros) {
  for (int i = 0; i < micros; i++) __nanosleep(1000);
}

// Median kernel time in ms of `launch` (which enqueues one kernel), after warm-up runs. Each run is
// queued behind a spin kernel, so the start event fires right before the kernel begins: the time
// is the kernel's alone, without the host's launch latency.
template <typename Launch>
double median_kernel_ms(Launch launch, int timed_runs = kTimedRuns) {
  cudaEvent_t start, stop;
  CUDA_CHECK(cudaEventCreate(&start));
  CUDA_CHECK(cudaEventCreate(&stop));
  for (int i = 0; i < kWarmupRuns; i++) launch();
  CUDA_CHECK(cudaGetLastError());
  CUDA_CHECK(cudaDeviceSynchronize());
  std::vector<double> samples;
  for (int i = 0; i < timed_runs; i++) {
    spin<<<1, 1>>>(200);
    CUDA_CHECK(cudaEventRecord(start));
    launch();
    CUDA_CHECK(cudaEventRecord(stop));
    CUDA_CHECK(cudaEventSynchronize(stop));
    CUDA_CHECK(cudaGetLastError());
    float ms = 0;
    CUDA_CHECK(cudaEventElapsedTime(&ms, start, stop));
    samples.push_back(ms);
  }
  CUDA_CHECK(cudaEventDestroy(start));
  CUDA_CHECK(cudaEventDestroy(stop));
  return median(samples);
}

// Compares `got` with the CPU's `want` at the given indices: bit for bit in the exact build, else
// |got - want| <= atol + rtol * |want|. Prints the first mismatch to stderr.
inline bool close_enough(const char* what, const std::vector<float>& got, const std::vector<float>& want,
                         const std::vector<size_t>& indices, float atol, float rtol) {
  size_t wrong = 0;
  for (size_t k = 0; k < indices.size(); k++) {
    size_t i = indices[k];
    bool ok = kExact ? std::memcmp(&got[i], &want[k], sizeof(float)) == 0
                     : std::fabs(got[i] - want[k]) <= atol + rtol * std::fabs(want[k]);
    if (!ok && wrong++ == 0) {
      std::fprintf(stderr, "%s: first mismatch at index %zu: GPU %.9g, CPU %.9g\n", what, i, got[i], want[k]);
    }
  }
  if (wrong) std::fprintf(stderr, "%s: %zu of %zu checked values differ\n", what, wrong, indices.size());
  return wrong == 0;
}

inline std::vector<size_t> all_indices(size_t n) {
  std::vector<size_t> indices(n);
  for (size_t i = 0; i < n; i++) indices[i] = i;
  return indices;
}

// `count` distinct-enough indices below `n`, drawn from the run's generator.
inline std::vector<size_t> sample_indices(size_t n, size_t count) {
  std::uniform_int_distribution<size_t> dist(0, n - 1);
  std::vector<size_t> indices(count);
  for (auto& i : indices) i = dist(rng());
  return indices;
}

// Prints the result line; returns the process exit status.
inline int report(const char* kernel, double median_ms, bool ok, const char* extra_key = nullptr,
                  double extra_value = 0) {
  std::printf("kernel=%s impl=%s median_ms=%.4f check=%s", kernel, BENCH_IMPL, median_ms, ok ? "ok" : "FAIL");
  if (extra_key) std::printf(" %s=%.2f", extra_key, extra_value);
  std::printf("\n");
  std::fflush(stdout);
  return ok ? 0 : 1;
}

}  // namespace bench
