/*
 * A stand-in for libcuda.so.1 on machines without a GPU: every driver function the binding calls,
 * with "device" memory in host memory and a few kernels implemented in C under the names the
 * code generator gives them. It lets the tests run the binding, parameter packing, staging copies
 * and the failure protocol end to end; it does not execute PTX.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int CUresult;
typedef uint64_t CUdeviceptr;

enum { SUCCESS = 0, INVALID_VALUE = 1, OUT_OF_MEMORY = 2, INVALID_IMAGE = 200, INVALID_PTX = 218, NOT_FOUND = 500 };
enum { KERNEL_SAXPY = 1, KERNEL_SHIFT, KERNEL_QUOTIENTS, KERNEL_ADD_ONE };

static const char CUBIN_MAGIC[] = "\x7f" "ELF-fake";
static int context_token;
static long live_allocations;
static size_t device_memory_limit = (size_t) 1 << 36;
static CUresult next_synchronize_result; /* what the next event synchronization reports, once */

struct fake_function {
  int kind;
};

struct fake_link {
  char *ptx;
  char *error_log;
  unsigned error_log_size;
  void **option_values;
  int error_size_index;
};

CUresult cuInit(unsigned flags) { return flags == 0 ? SUCCESS : INVALID_VALUE; }
CUresult cuDriverGetVersion(int *version) { *version = 13000; return SUCCESS; }

CUresult cuGetErrorName(CUresult error, const char **name) {
  switch (error) {
    case SUCCESS: *name = "CUDA_SUCCESS"; return SUCCESS;
    case INVALID_VALUE: *name = "CUDA_ERROR_INVALID_VALUE"; return SUCCESS;
    case OUT_OF_MEMORY: *name = "CUDA_ERROR_OUT_OF_MEMORY"; return SUCCESS;
    case INVALID_IMAGE: *name = "CUDA_ERROR_INVALID_IMAGE"; return SUCCESS;
    case INVALID_PTX: *name = "CUDA_ERROR_INVALID_PTX"; return SUCCESS;
    case NOT_FOUND: *name = "CUDA_ERROR_NOT_FOUND"; return SUCCESS;
    default: *name = NULL; return INVALID_VALUE;
  }
}

CUresult cuGetErrorString(CUresult error, const char **text) {
  const char *name;
  if (cuGetErrorName(error, &name) != SUCCESS) { *text = NULL; return INVALID_VALUE; }
  *text = error == OUT_OF_MEMORY ? "fake driver: out of memory" : "fake driver description";
  return SUCCESS;
}

CUresult cuDeviceGetCount(int *count) { *count = 1; return SUCCESS; }
CUresult cuDeviceGet(int *device, int ordinal) { if (ordinal != 0) return 101; *device = 0; return SUCCESS; }
CUresult cuDeviceGetName(char *name, int length, int device) { snprintf(name, length, "Fake GPU %d", device); return SUCCESS; }

CUresult cuDeviceGetAttribute(int *value, int attribute, int device) {
  switch (attribute) {
    case 1: *value = 1024; break;       /* max threads per block */
    case 2: case 3: *value = 1024; break;
    case 4: *value = 64; break;
    case 5: *value = 2147483647; break;
    case 6: case 7: *value = 65535; break;
    case 16: *value = 4; break;         /* multiprocessors */
    case 75: *value = 9; break;         /* compute capability 9.0 */
    case 76: *value = 0; break;
    default: return INVALID_VALUE;
  }
  return SUCCESS;
}

CUresult cuDeviceTotalMem_v2(size_t *bytes, int device) { *bytes = (size_t) 1 << 34; return SUCCESS; }
CUresult cuDevicePrimaryCtxRetain(void **context, int device) { *context = &context_token; return SUCCESS; }
CUresult cuDevicePrimaryCtxRelease_v2(int device) { return SUCCESS; }
CUresult cuCtxSetCurrent(void *context) { return context == &context_token ? SUCCESS : 201; }
CUresult cuCtxSynchronize(void) { return SUCCESS; }

CUresult cuMemAlloc_v2(CUdeviceptr *address, size_t bytes) {
  if (bytes == 0) return INVALID_VALUE;
  if (bytes > device_memory_limit) return OUT_OF_MEMORY;
  void *memory = malloc(bytes);
  if (memory == NULL) return OUT_OF_MEMORY;
  memset(memory, 0xAB, bytes); /* uninitialized, visibly */
  live_allocations++;
  *address = (CUdeviceptr) (uintptr_t) memory;
  return SUCCESS;
}

CUresult cuMemFree_v2(CUdeviceptr address) { free((void *) (uintptr_t) address); live_allocations--; return SUCCESS; }
CUresult cuMemHostAlloc(void **address, size_t bytes, unsigned flags) { *address = malloc(bytes); return *address ? SUCCESS : OUT_OF_MEMORY; }
CUresult cuMemFreeHost(void *address) { free(address); return SUCCESS; }
CUresult cuMemGetInfo_v2(size_t *free_bytes, size_t *total) { *free_bytes = (size_t) 1 << 33; *total = (size_t) 1 << 34; return SUCCESS; }
CUresult cuMemcpyHtoD_v2(CUdeviceptr d, const void *s, size_t n) { memcpy((void *) (uintptr_t) d, s, n); return SUCCESS; }
CUresult cuMemcpyDtoH_v2(void *d, CUdeviceptr s, size_t n) { memcpy(d, (void *) (uintptr_t) s, n); return SUCCESS; }
CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr d, const void *s, size_t n, void *stream) { return cuMemcpyHtoD_v2(d, s, n); }
CUresult cuMemcpyDtoHAsync_v2(void *d, CUdeviceptr s, size_t n, void *stream) { return cuMemcpyDtoH_v2(d, s, n); }

CUresult cuMemsetD32Async(CUdeviceptr destination, unsigned value, size_t count, void *stream) {
  uint32_t *words = (uint32_t *) (uintptr_t) destination;
  for (size_t i = 0; i < count; i++) words[i] = value;
  return SUCCESS;
}

CUresult cuStreamCreate(void **stream, unsigned flags) { *stream = malloc(1); return SUCCESS; }
CUresult cuStreamSynchronize(void *stream) { return stream ? SUCCESS : INVALID_VALUE; }
CUresult cuStreamDestroy_v2(void *stream) { free(stream); return SUCCESS; }
CUresult cuEventCreate(void **event, unsigned flags) { *event = calloc(1, sizeof(long)); return SUCCESS; }
CUresult cuEventRecord(void *event, void *stream) { static long clock; *(long *) event = ++clock; return SUCCESS; }
CUresult cuEventSynchronize(void *event) {
  CUresult result = next_synchronize_result; /* an error of earlier work surfaces at the wait, as on a GPU */
  next_synchronize_result = SUCCESS;
  return result;
}
CUresult cuEventElapsedTime_v2(float *ms, void *start, void *end) { *ms = (float) (*(long *) end - *(long *) start); return SUCCESS; }
CUresult cuEventDestroy_v2(void *event) { free(event); return SUCCESS; }

/* Writes a log message through the CU_JIT_ERROR_LOG_BUFFER options, as the driver does. */
static void write_error_log(unsigned count, const int *options, void **values, const char *message) {
  char *buffer = NULL;
  int size_index = -1;
  for (unsigned i = 0; i < count; i++) {
    if (options[i] == 5) buffer = values[i];
    if (options[i] == 6) size_index = (int) i;
  }
  if (buffer == NULL || size_index < 0) return;
  size_t capacity = (size_t) (uintptr_t) values[size_index];
  snprintf(buffer, capacity, "%s", message);
  values[size_index] = (void *) (uintptr_t) (strlen(message) + 1 < capacity ? strlen(message) + 1 : capacity);
}

CUresult cuModuleLoadDataEx(void **module, const void *image, unsigned count, int *options, void **values) {
  const char *bytes = image;
  if (memcmp(bytes, CUBIN_MAGIC, sizeof CUBIN_MAGIC - 1) == 0) {
    *module = strdup(bytes + sizeof CUBIN_MAGIC - 1);
    return SUCCESS;
  }
  if (strstr(bytes, ".version") == NULL) {
    write_error_log(count, options, values, "fake jit: not PTX and not a cubin");
    return INVALID_IMAGE;
  }
  if (strstr(bytes, ".reg") == NULL) {
    write_error_log(count, options, values, "ptxas application ptx input, line 7; error   : Unknown symbol '%r1'");
    return INVALID_PTX;
  }
  *module = strdup(bytes);
  return SUCCESS;
}

CUresult cuModuleUnload(void *module) { free(module); return SUCCESS; }

CUresult cuModuleGetFunction(void **function, void *module, const char *name) {
  char entry[512];
  snprintf(entry, sizeof entry, ".entry %s(", name);
  if (strstr(module, entry) == NULL) return NOT_FOUND;
  int kind = strncmp(name, "geobacter_saxpy_", 16) == 0 ? KERNEL_SAXPY
      : strncmp(name, "geobacter_shift_", 16) == 0 ? KERNEL_SHIFT
      : strncmp(name, "geobacter_quotients_", 20) == 0 ? KERNEL_QUOTIENTS
      : strcmp(name, "add_one") == 0 ? KERNEL_ADD_ONE : 0;
  if (kind == 0) return NOT_FOUND;
  struct fake_function *found = malloc(sizeof *found);
  found->kind = kind;
  *function = found;
  return SUCCESS;
}

CUresult cuLinkCreate_v2(unsigned count, int *options, void **values, void **state) {
  struct fake_link *link = calloc(1, sizeof *link);
  link->error_size_index = -1;
  for (unsigned i = 0; i < count; i++) {
    if (options[i] == 5) link->error_log = values[i];
    if (options[i] == 6) { link->error_log_size = (unsigned) (uintptr_t) values[i]; link->error_size_index = (int) i; }
  }
  link->option_values = values;
  *state = link;
  return SUCCESS;
}

CUresult cuLinkAddData_v2(void *state, int type, void *data, size_t size, const char *name, unsigned count,
    int *options, void **values) {
  struct fake_link *link = state;
  if (type != 1 || ((char *) data)[size - 1] != 0) return INVALID_VALUE; /* PTX, NUL-terminated */
  if (strstr(data, ".reg") == NULL) {
    /* The option arrays given to cuLinkCreate must still be valid here. */
    if (link->error_log != NULL) {
      snprintf(link->error_log, link->error_log_size, "ptxas %s, line 7; error   : Unknown symbol '%%r1'", name);
      link->option_values[link->error_size_index] = (void *) (uintptr_t) (strlen(link->error_log) + 1);
    }
    return INVALID_PTX;
  }
  link->ptx = strdup(data);
  return SUCCESS;
}

CUresult cuLinkComplete(void *state, void **cubin, size_t *size) {
  struct fake_link *link = state;
  if (link->ptx == NULL) return INVALID_VALUE;
  size_t length = sizeof CUBIN_MAGIC - 1 + strlen(link->ptx) + 1;
  char *image = malloc(length);
  memcpy(image, CUBIN_MAGIC, sizeof CUBIN_MAGIC - 1);
  strcpy(image + sizeof CUBIN_MAGIC - 1, link->ptx);
  free(link->ptx);
  link->ptx = image; /* owned by the link state, as the driver's is */
  *cubin = image;
  *size = length;
  return SUCCESS;
}

CUresult cuLinkDestroy(void *state) { struct fake_link *link = state; free(link->ptx); free(link); return SUCCESS; }

/* The launch status buffer protocol of dev.geobacter.cuda.ptx.LaunchStatus: first failure wins. */
static void fail(int32_t *status, int kind, int index, int length) {
  if (status[0] != 0) return;
  status[0] = 1;
  status[1] = kind;
  status[2] = index;
  status[3] = length;
  status[4] = 0;
}

#define PARAM(type, i) (*(type *) parameters[i])

static void run(int kind, int id, void **parameters) {
  switch (kind) {
    case KERNEL_SAXPY: { /* (float a, float[] x, float[] y) */
      float a = PARAM(float, 0);
      float *x = PARAM(float *, 1), *y = PARAM(float *, 3);
      int x_length = PARAM(int, 2), y_length = PARAM(int, 4);
      if (id >= x_length) return;
      if (id >= y_length) { fail(PARAM(int32_t *, 5), 1, id, y_length); return; }
      y[id] = a * x[id] + y[id];
      return;
    }
    case KERNEL_SHIFT: { /* (int[] in, int[] out): out[i] = in[i + 1] */
      int32_t *in = PARAM(int32_t *, 0), *out = PARAM(int32_t *, 2);
      int in_length = PARAM(int, 1), out_length = PARAM(int, 3);
      if (id + 1 >= in_length) { fail(PARAM(int32_t *, 4), 1, id + 1, in_length); return; }
      if (id >= out_length) { fail(PARAM(int32_t *, 4), 1, id, out_length); return; }
      out[id] = in[id + 1];
      return;
    }
    case KERNEL_QUOTIENTS: { /* (int[] a, int[] b): a[i] = a[i] / b[i] */
      int32_t *a = PARAM(int32_t *, 0), *b = PARAM(int32_t *, 2);
      if (b[id] == 0) { fail(PARAM(int32_t *, 4), 2, 0, 0); return; }
      a[id] = a[id] / b[id];
      return;
    }
    case KERNEL_ADD_ONE: { /* hand-written PTX: (int* data, int n) */
      int32_t *data = PARAM(int32_t *, 0);
      if (id < PARAM(int, 1)) data[id] += 1;
      return;
    }
  }
}

CUresult cuLaunchKernel(void *function, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
    unsigned shared, void *stream, void **parameters, void **extra) {
  if (function == NULL || parameters == NULL || extra != NULL || gy != 1 || gz != 1 || by != 1 || bz != 1) {
    return INVALID_VALUE;
  }
  int kind = ((struct fake_function *) function)->kind;
  for (unsigned group = 0; group < gx; group++) {
    for (unsigned item = 0; item < bx; item++) run(kind, (int) (group * bx + item), parameters);
  }
  return SUCCESS;
}

/* For tests: device allocations not yet freed. */
long fake_live_allocations(void) { return live_allocations; }

/* For tests: allocations above this many bytes fail with CUDA_ERROR_OUT_OF_MEMORY. */
void fake_limit_device_memory(long bytes) { device_memory_limit = (size_t) bytes; }

/* For tests: the next cuEventSynchronize returns this code (say 700, an illegal address in a kernel). */
void fake_fail_next_synchronize(int code) { next_synchronize_result = code; }
