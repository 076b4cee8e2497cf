import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { destinationGuard, embeddedIpv4, privateRangeOf } from './destination-policy.js';

const hex = (a: number, b: number) => ((a << 8) | b).toString(16);

describe('the SSRF destination policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.20.30.40', 'private'],
    ['172.31.255.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.100.100.200', 'shared address space'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1%eth0', 'link-local'],
    ['fd00:ec2::254', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:a9fe:a9fe::1', 'link-local'],
  ])('calls %s %s', (address, range) => {
    expect(privateRangeOf(address)).toBe(range);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'lets the public address %s through',
    (address) => {
      expect(privateRangeOf(address)).toBeUndefined();
    },
  );

  it('judges an IPv4 address the same however IPv6 wraps it', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)), ([a, b, c, d]) => {
        const v4 = `${a}.${b}.${c}.${d}`;
        for (const wrapped of [`::ffff:${v4}`, `::ffff:${hex(a, b)}:${hex(c, d)}`, `0:0:0:0:0:ffff:${v4}`]) {
          expect(embeddedIpv4(wrapped)).toBe(v4);
          expect(privateRangeOf(wrapped)).toBe(privateRangeOf(v4));
        }
      }),
    );
  });

  it('makes exceptions only for what the operator listed', () => {
    const guard = destinationGuard({
      allowPrivate: false,
      allowed: ['127.0.0.1', '10.1.0.0/16', 'hooks.internal'],
    });
    expect(guard.checkAddress('127.0.0.1').ok).toBe(true);
    expect(guard.checkAddress('::ffff:127.0.0.1').ok).toBe(true);
    expect(guard.checkAddress('127.0.0.2')).toEqual({ ok: false, reason: '127.0.0.2 is a loopback address' });
    expect(guard.checkAddress('10.1.200.3').ok).toBe(true);
    expect(guard.checkAddress('10.2.0.1').ok).toBe(false);
    expect(guard.checkAddress('10.9.9.9', 'hooks.internal').ok).toBe(true);
    expect(guard.checkAddress('10.9.9.9', 'other.internal').ok).toBe(false);
    expect(destinationGuard({ allowPrivate: true, allowed: [] }).checkAddress('::1').ok).toBe(true);
  });
});
