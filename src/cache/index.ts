export { LruMap } from './lru-map.js';
export { createTenantCache } from './tenant-cache.js';
