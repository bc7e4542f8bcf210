import { Redis } from 'ioredis';
import { AppError } from '../errors/index.js';

/** A token bucket: `burst` requests at once, then `perSecond` on average. */
export type Bucket = { burst: number; perSecond: number };

/** One bucket to take a token from: its rule and the key it counts (an address, a conversation). */
export type Take = { rule: Bucket; key: string };

/** Seconds until every bucket asked has a token again, or 0 when the request may go ahead. */
export type LimitStore = {
  take: (takes: readonly Take[], now: number) => Promise<number>;
  close: () => Promise<void>;
};

type State = { tokens: number; at: number };

const refill = (state: State | undefined, rule: Bucket, now: number): number =>
  state === undefined
    ? rule.burst
    : Math.min(rule.burst, state.tokens + ((now - state.at) / 1000) * rule.perSecond);

/**
 * Buckets in this process: a Map lookup per bucket. A bucket that has filled up again holds
 * nothing a fresh one would not, so the sweep forgets it.
 */
export function createMemoryStore(options: { sweepMs?: number } = {}): LimitStore {
  const buckets = new Map<string, State & { full: number }>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, state] of buckets) if (state.full <= now) buckets.delete(key);
  }, options.sweepMs ?? 60_000);
  sweep.unref();
  return {
    async take(takes, now) {
      let wait = 0;
      const levels: number[] = [];
      for (const { rule, key } of takes) {
        const tokens = refill(buckets.get(key), rule, now);
        levels.push(tokens);
        if (tokens < 1) wait = Math.max(wait, (1 - tokens) / rule.perSecond);
      }
      // All or nothing: a refused request costs none of its buckets a token.
      if (wait > 0) return wait;
      takes.forEach(({ rule, key }, i) => {
        const tokens = (levels[i] as number) - 1;
        buckets.set(key, {
          tokens,
          at: now,
          full: now + ((rule.burst - tokens) / rule.perSecond) * 1000,
        });
      });
      return 0;
    },
    async close() {
      clearInterval(sweep);
    },
  };
}

/** The same buckets in Redis, all of one request checked and taken in one atomic script. */
const takeScript = `
local now = tonumber(ARGV[1])
local wait = 0
local levels = {}
for i = 1, #KEYS do
  local burst = tonumber(ARGV[i * 2])
  local rate = tonumber(ARGV[i * 2 + 1])
  local saved = redis.call('HMGET', KEYS[i], 't', 'a')
  local tokens = burst
  if saved[1] then
    tokens = math.min(burst, tonumber(saved[1]) + (now - tonumber(saved[2])) / 1000 * rate)
  end
  levels[i] = tokens
  if tokens < 1 then
    local w = (1 - tokens) / rate
    if w > wait then wait = w end
  end
end
if wait > 0 then return math.ceil(wait * 1000) end
for i = 1, #KEYS do
  local burst = tonumber(ARGV[i * 2])
  local rate = tonumber(ARGV[i * 2 + 1])
  redis.call('HSET', KEYS[i], 't', tostring(levels[i] - 1), 'a', tostring(now))
  redis.call('PEXPIRE', KEYS[i], math.ceil((burst - levels[i] + 1) / rate * 1000) + 1000)
end
return 0`;

type LimitRedis = Redis & {
  tsunagiTake: (...args: (string | number)[]) => Promise<number>;
};

/**
 * Counters shared by every node. Should Redis not answer, the node counts on its own until it
 * does, so an outage neither opens the doors wide nor refuses every customer.
 */
export function createRedisStore(options: {
  url: string;
  prefix: string;
  onError: (error: unknown) => void;
}): LimitStore {
  const redis = new Redis(options.url, {
    lazyConnect: false,
    maxRetriesPerRequest: 1,
    enableAutoPipelining: true,
  }) as LimitRedis;
  redis.on('error', options.onError);
  redis.defineCommand('tsunagiTake', { lua: takeScript });
  const fallback = createMemoryStore();
  return {
    async take(takes, now) {
      if (redis.status !== 'ready') return fallback.take(takes, now);
      const args: (string | number)[] = [takes.length];
      for (const t of takes) args.push(`${options.prefix}:limit:${t.key}`);
      args.push(now);
      for (const t of takes) args.push(t.rule.burst, t.rule.perSecond);
      try {
        return (await redis.tsunagiTake(...args)) / 1000;
      } catch (error) {
        options.onError(error);
        return fallback.take(takes, now);
      }
    },
    async close() {
      await fallback.close();
      redis.disconnect();
    },
  };
}

/** Throws 429 (with the seconds to wait) unless every bucket has a token; takes one from each. */
export async function enforce(store: LimitStore, takes: readonly Take[], what: string) {
  const wait = await store.take(takes, Date.now());
  if (wait > 0) {
    const retryAfter = Math.max(1, Math.ceil(wait));
    throw new AppError('too_many_requests', `Too many ${what}; try again in ${retryAfter} s`, {
      retryAfter,
    });
  }
}
