import { randomBytes, randomFillSync } from 'node:crypto';

export type IdPrefix =
  | 'ten'
  | 'call'
  | 'usr'
  | 'ses'
  | 'ct'
  | 'cb'
  | 'conv'
  | 'msg'
  | 'faq'
  | 'evt'
  | 'int'
  | 'ixm'
  | 'unq'
  | 'que'
  | 'note'
  | 'can'
  | 'qaf'
  | 'qar'
  | 'fct'
  | 'aud'
  | 'tkt'
  | 'tok'
  | 'whk'
  | 'whd'
  | 'pms'
  | 'sth'
  | 'team'
  | 'osr';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

let lastMs = 0;
let counter = 0;

// Random bytes drawn in blocks: one call into the system's generator per 400 ids, not per id.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
function randomChunk(size: number): Buffer {
  if (poolOffset + size > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const chunk = pool.subarray(poolOffset, poolOffset + size);
  poolOffset += size;
  return chunk;
}

/**
 * Prefixed, time-ordered ids (`conv_01hx…`): the prefix tells a reader what an id is,
 * the time part keeps ids roughly sortable, 80 random bits keep them unguessable.
 */
export function newId(prefix: IdPrefix): string {
  const now = Date.now();
  counter = now === lastMs ? counter + 1 : 0;
  lastMs = now;
  let time = '';
  let t = now * 1024 + (counter % 1024);
  for (let i = 0; i < 12; i++) {
    time = alphabet[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomChunk(10);
  let random = '';
  for (const byte of bytes) random += alphabet[byte % 32];
  return `${prefix}_${time}${random}`;
}

/** Random secret token (for sessions and customer tokens), URL-safe. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
