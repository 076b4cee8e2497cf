import { BlockList, isIP } from 'node:net';

// The SSRF guard's rules: which addresses an outgoing request (merchant webhook, web push) may
// reach. Pure: no DNS here; ./guarded-lookup.ts applies these rules to what DNS answers, at
// create time and again at connect time.

/** What the operator allows on top of the public internet. */
export interface DestinationPolicy {
  /** Everything goes: private, loopback, link-local… (a closed network, tests). */
  readonly allowPrivate: boolean;
  /** Host names, IP addresses or CIDR ranges allowed even though private. */
  readonly allowed: readonly string[];
}

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const ALLOWED: Verdict = { ok: true };

// Ranges no webhook or push service has any business in: private (RFC 1918, ULA), loopback,
// link-local (cloud metadata at 169.254.169.254 and fd00:ec2::254 included), shared CGNAT space
// (Alibaba's metadata at 100.100.100.200), multicast, documentation, benchmarking, reserved.
const PRIVATE_V4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared address space'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const PRIVATE_V6: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'discard'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

interface Range {
  readonly list: BlockList;
  readonly type: 'ipv4' | 'ipv6';
  readonly label: string;
}

const ranges: Range[] = [
  ...PRIVATE_V4.map(([net, prefix, label]) => rangeOf(net, prefix, 'ipv4', label)),
  ...PRIVATE_V6.map(([net, prefix, label]) => rangeOf(net, prefix, 'ipv6', label)),
];

function rangeOf(net: string, prefix: number, type: 'ipv4' | 'ipv6', label: string): Range {
  const list = new BlockList();
  list.addSubnet(net, prefix, type);
  return { list, type, label };
}

/** Why an address is not public, or undefined when it is. IPv4 inside IPv6 is judged as IPv4. */
export function privateRangeOf(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const embedded = family === 6 ? embeddedIpv4(address) : undefined;
  const ip = embedded ?? address;
  const type = isIP(ip) === 4 ? 'ipv4' : 'ipv6';
  return ranges.find((range) => range.type === type && range.list.check(ip, type))?.label;
}

/** The IPv4 address carried by an IPv4-mapped (::ffff:a.b.c.d), -compatible, NAT64 or 6to4 address. */
export function embeddedIpv4(address: string): string | undefined {
  const words = ipv6Words(address);
  if (!words) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated but still parsed by stacks)
  if (zeros(0, 5) && (words[5] === 0xffff || (words[5] === 0 && (words[6] !== 0 || words[7]! > 1))))
    return v4(words[6]!, words[7]!);
  // 64:ff9b::a.b.c.d (NAT64 well-known prefix)
  if (words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6)) return v4(words[6]!, words[7]!);
  // 2002:aabb:ccdd::/48 (6to4)
  if (words[0] === 0x2002) return v4(words[1]!, words[2]!);
  return undefined;
}

function ipv6Words(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  // A dotted IPv4 tail (::ffff:127.0.0.1) becomes the two hex words it stands for.
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((w) => Number.parseInt(w, 16)));
  const left = parse(halves[0] ?? '');
  const right = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const words = [...left, ...new Array<number>(missing).fill(0), ...right];
  return words.some((w) => Number.isNaN(w)) ? undefined : words;
}

/** Compiles a policy once; the check runs on every connect. */
export function destinationGuard(policy: DestinationPolicy): {
  readonly hostAllowed: (hostname: string) => boolean;
  readonly checkAddress: (address: string, hostname?: string) => Verdict;
} {
  const hosts = new Set<string>();
  const allowList = new BlockList();
  for (const entry of policy.allowed) {
    const [net, prefixText] = entry.split('/');
    const family = isIP(net ?? '');
    if (family === 0) {
      hosts.add(entry.toLowerCase().replace(/\.$/, ''));
      continue;
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) allowList.addAddress(net!, type);
    else allowList.addSubnet(net!, Number(prefixText), type);
  }
  const hostAllowed = (hostname: string) =>
    policy.allowPrivate || hosts.has(hostname.toLowerCase().replace(/\.$/, ''));
  const listed = (address: string) => {
    const embedded = isIP(address) === 6 ? embeddedIpv4(address) : undefined;
    const ip = embedded ?? address;
    return allowList.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
  };
  return {
    hostAllowed,
    checkAddress(address, hostname) {
      if (policy.allowPrivate) return ALLOWED;
      if (hostname !== undefined && hostAllowed(hostname)) return ALLOWED;
      const range = privateRangeOf(address);
      if (range === undefined || listed(address)) return ALLOWED;
      return { ok: false, reason: `${address} is a ${range} address` };
    },
  };
}

/** `[::1]` → `::1`: URL hosts keep IPv6 brackets, address checks do not want them. */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
