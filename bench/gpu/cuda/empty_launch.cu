// Launch overhead of an empty kernel (one block of one thread), host wall clock:
//   empty_async: 10000 launches back to back, then one synchronize; time per launch.
//   empty_sync:  launch + cudaDeviceSynchronize, one at a time; time per round trip.
// Each is the median of 20 repetitions. The check: a kernel that writes a flag ran.
#include "bench_common.cuh"

__global__ void empty() {}

__global__ void set_flag(int* flag) { *flag = 1; }

using Clock = std::chrono::steady_clock;

static double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int main() {
  const int launches = 10000;
  const int repetitions = 20;
  int* dflag = bench::alloc_device<int>(1);
  CUDA_CHECK(cudaMemset(dflag, 0, sizeof(int)));
  set_flag<<<1, 1>>>(dflag);
  bool ok = bench::to_host(dflag, 1)[0] == 1;

  for (int i = 0; i < 1000; i++) empty<<<1, 1>>>();
  CUDA_CHECK(cudaDeviceSynchronize());

  std::vector<double> async_ms, sync_ms;
  for (int r = 0; r < repetitions; r++) {
    auto start = Clock::now();
    for (int i = 0; i < launches; i++) empty<<<1, 1>>>();
    CUDA_CHECK(cudaDeviceSynchronize());
    async_ms.push_back(ms_since(start) / launches);

    start = Clock::now();
    for (int i = 0; i < launches / 10; i++) {
      empty<<<1, 1>>>();
      CUDA_CHECK(cudaDeviceSynchronize());
    }
    sync_ms.push_back(ms_since(start) / (launches / 10));
  }
  CUDA_CHECK(cudaGetLastError());
  double async_median = bench::median(async_ms), sync_median = bench::median(sync_ms);
  int status = bench::report("empty_async", async_median, ok, "us_per_launch", async_median * 1e3);
  status |= bench::report("empty_sync", sync_median, ok, "us_per_launch", sync_median * 1e3);
  return status;
}
