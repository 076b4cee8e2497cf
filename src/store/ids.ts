import { randomFillSync } from 'node:crypto';

// ULIDs (https://github.com/ulid/spec): generated in the app on both databases; they sort by
// creation time, which gives cursors and "newest first" listings for free. Made here rather
// than with the `ulid` package because ingest mints one per scan, and drawing fresh randomness
// for every id showed up in profiles: random bytes come from a pool, and ids minted in the
// same millisecond increment the previous one (the spec's monotonic mode).

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const pool = Buffer.alloc(4096);
let poolAt = pool.length;
let lastTime = -1;
const lastRandom = new Uint8Array(16); // 16 base-32 digits = 80 bits

export function newId(now = Date.now()): string {
  if (now > lastTime) {
    lastTime = now;
    if (poolAt + 16 > pool.length) {
      randomFillSync(pool);
      poolAt = 0;
    }
    for (let i = 0; i < 16; i += 1) lastRandom[i] = pool[poolAt + i]! & 31;
    poolAt += 16;
  } else {
    increment();
  }
  let id = '';
  let time = lastTime;
  for (let i = 0; i < 10; i += 1) {
    id = ALPHABET[time % 32]! + id;
    time = Math.floor(time / 32);
  }
  for (let i = 0; i < 16; i += 1) id += ALPHABET[lastRandom[i]!]!;
  return id;
}

function increment(): void {
  for (let i = 15; i >= 0; i -= 1) {
    if (lastRandom[i]! < 31) {
      lastRandom[i]! += 1;
      return;
    }
    lastRandom[i] = 0;
  }
  // 2^80 ids in one millisecond: borrow the next millisecond rather than repeat an id.
  lastTime += 1;
}

/**
 * The smallest (or largest) id that newId could mint at `ms`: ids of rows made in a time range
 * fall between two of these, so a range of creation times is a range of the id index.
 */
export function idBoundAt(ms: number, end: 'low' | 'high'): string {
  let id = '';
  let time = Math.max(0, Math.floor(ms));
  for (let i = 0; i < 10; i += 1) {
    id = ALPHABET[time % 32]! + id;
    time = Math.floor(time / 32);
  }
  return id + (end === 'low' ? '0' : 'Z').repeat(16);
}
