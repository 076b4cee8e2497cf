import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { bareHost, destinationGuard, type DestinationPolicy, type Verdict } from './destination-policy.js';

// The SSRF guard applied to real names: once when a destination is saved (so the merchant hears
// "no" straight away) and again on every connect, inside the socket's own DNS lookup, so a name
// that resolved to a public address yesterday and to 127.0.0.1 today (DNS rebinding) is refused
// on the connection that would have used it.

/** Thrown (or passed to the socket) when the guard refuses a destination. */
export class DestinationRefusedError extends Error {
  override name = 'DestinationRefusedError';
  readonly code = 'WAYBILL_DESTINATION_REFUSED';
}

export function isDestinationRefused(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (
      e instanceof DestinationRefusedError ||
      (e as { code?: unknown }).code === 'WAYBILL_DESTINATION_REFUSED'
    )
      return true;
  }
  return false;
}

/** A `lookup` for net/tls/undici that resolves as usual, then refuses any address the policy forbids. */
export function guardedLookup(policy: DestinationPolicy): LookupFunction {
  const guard = destinationGuard(policy);
  return (hostname, options: LookupOptions, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const verdict = guard.checkAddress(address, hostname);
        if (!verdict.ok)
          return callback(new DestinationRefusedError(`${hostname} resolves to ${verdict.reason}`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      return callback(null, first.address, first.family);
    });
  };
}

/** A literal IP host never goes through DNS, so the connector checks it by itself. */
export function checkLiteralHost(policy: DestinationPolicy, hostname: string): Verdict {
  const host = bareHost(hostname);
  if (isIP(host) === 0) return { ok: true };
  return destinationGuard(policy).checkAddress(host, host);
}

/**
 * The check at save time: http(s) only, no credentials in the URL, and every address the host
 * resolves to allowed. Returns the reason for a refusal, in words for the merchant.
 */
export async function checkDestinationUrl(
  policy: DestinationPolicy,
  raw: string,
  protocols: readonly string[] = ['https:', 'http:'],
): Promise<Verdict> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'is not a URL' };
  }
  if (!protocols.includes(url.protocol))
    return { ok: false, reason: `must use ${protocols.map((p) => p.replace(':', '')).join(' or ')}` };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'must not carry a user name or password' };
  const host = bareHost(url.hostname);
  const guard = destinationGuard(policy);
  if (isIP(host) !== 0) {
    const verdict = guard.checkAddress(host, host);
    return verdict.ok ? verdict : { ok: false, reason: `points at ${verdict.reason}` };
  }
  if (guard.hostAllowed(host)) return { ok: true };
  let addresses: LookupAddress[];
  try {
    addresses = await dnsLookupAsync(host, { all: true });
  } catch {
    return { ok: false, reason: `names a host (${host}) that does not resolve` };
  }
  for (const { address } of addresses) {
    const verdict = guard.checkAddress(address, host);
    if (!verdict.ok) return { ok: false, reason: `resolves to ${verdict.reason}` };
  }
  return { ok: true };
}
