/**
 * The on-disk cache of compiled kernels: {@link dev.geobacter.driver.cache.disk.DiskCache} stores
 * bytes (object code, PTX, cubins) under a {@link dev.geobacter.driver.cache.disk.DiskCacheKey}
 * (kernel graph hash, target, options, compiler version), so later JVMs skip compilation. Entries
 * are code that will run: only entries the current user alone can write, recording the requested
 * key and a matching checksum, are ever loaded.
 */
package dev.geobacter.driver.cache.disk;
