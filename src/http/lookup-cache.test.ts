import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesOf, LookupCache, matchesEtag } from './lookup-cache.js';

describe('LookupCache', () => {
  it('answers only at the version an answer was built at, and forgets it after a miss', () => {
    const cache = new LookupCache();
    cache.set('t1/s1', 3, '{"a":1}');
    expect(bytesOf(cache.get('t1/s1', 3)!).toString()).toBe('{"a":1}');
    expect(cache.get('t2/s1', 3)).toBeUndefined();
    expect(cache.get('t1/s1', 4)).toBeUndefined();
    expect(cache.get('t1/s1', 3)).toBeUndefined();
    expect(cache.heldBytes).toBe(0);
  });

  it('keeps a body cut at its slot and fills each answer in, counting the bytes it holds', () => {
    const cache = new LookupCache();
    const entry = cache.set(
      't/p',
      1,
      '<style nonce="@@">x</style><p>Zustellung “heute”</p><i nonce="@@">',
      '@@',
    );
    expect(bytesOf(entry, 'n1').toString()).toBe(
      '<style nonce="n1">x</style><p>Zustellung “heute”</p><i nonce="n1">',
    );
    expect(bytesOf(cache.get('t/p', 1)!, 'other').toString()).toContain('nonce="other"');
    expect(cache.heldBytes).toBe(
      Buffer.byteLength('<style nonce="">x</style><p>Zustellung “heute”</p><i nonce="">'),
    );
  });

  it('gives different bodies different ETags and equal bodies equal ones', () => {
    const cache = new LookupCache();
    const a = cache.set('t/a', 0, '{"x":1}');
    const b = cache.set('t/b', 0, '{"x":2}');
    const c = cache.set('t/c', 7, '{"x":1}');
    expect(a.etag).not.toBe(b.etag);
    expect(a.etag).toBe(c.etag);
  });

  it('stays within its size, dropping the least recently used first', () => {
    const cache = new LookupCache(30);
    cache.set('t/a', 0, 'a'.repeat(10));
    cache.set('t/b', 0, 'b'.repeat(10));
    cache.set('t/c', 0, 'c'.repeat(10));
    expect(cache.get('t/a', 0)).toBeDefined(); // a is now the most recent
    cache.set('t/d', 0, 'd'.repeat(10));
    expect(cache.get('t/b', 0)).toBeUndefined();
    expect(cache.get('t/a', 0)).toBeDefined();
    expect(cache.get('t/c', 0)).toBeDefined();
    expect(cache.get('t/d', 0)).toBeDefined();
    // Too large to keep at all: answered, not kept.
    expect(bytesOf(cache.set('t/e', 0, 'e'.repeat(31)))).toHaveLength(31);
    expect(cache.get('t/e', 0)).toBeUndefined();
  });

  it('counts exactly the bodies it holds, never more than its size, for any sequence of writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.nat(3), fc.string({ maxLength: 40 }))),
        (writes) => {
          const cache = new LookupCache(64);
          const latest = new Map<string, { version: number; body: string }>();
          for (const [id, version, body] of writes) {
            cache.set(`t/${id}`, version, body);
            latest.set(id, { version, body });
          }
          expect(cache.heldBytes).toBeLessThanOrEqual(64);
          let held = 0;
          for (const [id, { version, body }] of latest) {
            const hit = cache.get(`t/${id}`, version);
            if (hit) {
              expect(bytesOf(hit).toString()).toBe(body);
              held += Buffer.byteLength(body);
            }
          }
          expect(cache.heldBytes).toBe(held);
        },
      ),
    );
  });
});

describe('matchesEtag', () => {
  it('reads lists, weak tags and the wildcard', () => {
    expect(matchesEtag(undefined, '"x"')).toBe(false);
    expect(matchesEtag('"x"', '"x"')).toBe(true);
    expect(matchesEtag('"y", W/"x"', '"x"')).toBe(true);
    expect(matchesEtag(' * ', '"x"')).toBe(true);
    expect(matchesEtag('"xx"', '"x"')).toBe(false);
  });
});
