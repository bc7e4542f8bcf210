export {
  createPublicLimits,
  type PublicLimitName,
  type PublicLimits,
} from './public-limits.js';
export {
  type Bucket,
  createMemoryStore,
  createRedisStore,
  enforce,
  type LimitStore,
  type Take,
} from './rate-limiter.js';
