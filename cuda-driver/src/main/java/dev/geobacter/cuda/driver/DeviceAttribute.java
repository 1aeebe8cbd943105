package dev.geobacter.cuda.driver;

/** The {@code CUdevice_attribute} values this binding reads (numbers from {@code cuda.h}). */
enum DeviceAttribute {
  MAX_THREADS_PER_BLOCK(1),
  MAX_BLOCK_DIM_X(2),
  MAX_BLOCK_DIM_Y(3),
  MAX_BLOCK_DIM_Z(4),
  MAX_GRID_DIM_X(5),
  MAX_GRID_DIM_Y(6),
  MAX_GRID_DIM_Z(7),
  MULTIPROCESSOR_COUNT(16),
  COMPUTE_CAPABILITY_MAJOR(75),
  COMPUTE_CAPABILITY_MINOR(76);

  final int code;

  DeviceAttribute(int code) {
    this.code = code;
  }
}
